"""Casualty extraction: phrasing cases, things that are not claims, the reference article, and the gold floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.extract.casualties import CASUALTY_TERMS, extract_casualties, summarise_casualties
from workbench.extract.scoring import load_gold, score_casualties
from workbench.records import CasualtyClaim

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold" / "casualties"
DUMP_KEY = "dump-000_267d55ba590001b3"

# Measured on tests/gold/casualties with benchmarks/casualties.py, pinned a little below. Lowering a floor is a
# visible change that needs a reason in its commit.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.91


def pairs(text: str) -> set[tuple[str, int | None]]:
    """(category, value or value_low) of the claims about the article's own event."""
    return {
        (c.category, c.value if c.value is not None else c.value_low)
        for c in extract_casualties(text)
        if not c.about_other_event
    }


def only(text: str, category: str) -> CasualtyClaim:
    found = [c for c in extract_casualties(text) if c.category == category]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was killed in the blast.", {("killed", 1)}),
        ("Two officers and a civilian were killed.", {("killed", 2), ("killed", 1)}),
        ("Three people were killed: two officers and a civilian.", {("killed", 3), ("killed", 2), ("killed", 1)}),
        ("The gunman killed five people and wounded 14 others.", {("killed", 5), ("injured", 14)}),
        ("Five were shot dead outside the bar.", {("killed", 5)}),
        ("The death toll rose to 49 on Sunday.", {("killed", 49)}),
        ("The quake left 12 dead and more than 300 injured.", {("killed", 12), ("injured", 300)}),
        ("At least 12 people were injured in the stampede.", {("injured", 12)}),
        ("Police arrested three men on Friday.", {("detained", 3)}),
        ("The gunman was arrested at the scene.", {("detained", 1)}),
        ("Two people were shot, one fatally.", {("killed", 1)}),
        ("Dozens of protesters were injured.", {("injured", 24)}),
        ("More than 100,000 people have been displaced by the fighting.", {("displaced", 100000)}),
        ("Five people remain missing after the flood.", {("missing", 5)}),
        ("A 20-year-old man was shot and killed on Friday.", {("killed", 1)}),
        ("Sixty-two people died and 200 were hurt.", {("killed", 62), ("injured", 200)}),
        ("The attack claimed the lives of 17 people.", {("killed", 17)}),
        ("Four bodies were recovered from the river.", {("killed", 4)}),
        ("John Smith, 25, was pronounced dead at the scene.", {("killed", 1)}),
        ("The victim was taken to Grady Memorial Hospital with non-life-threatening injuries.", {("injured", 1)}),
        ("The victim was taken to a hospital, where he died.", {("killed", 1)}),
        ("Police said 10 to 15 people were hurt.", {("injured", 10)}),
        ("Maria Lopez was fatally injured after shots were fired.", {("killed", 1)}),
        ("One of four women wounded in the shooting has died.", set()),
        ("Kieara Green, 18, died Tuesday. Green was critically injured by a gunshot wound.", {("killed", 1)}),
        ("Officers arrested John Tays, 32, on several charges including two local warrants.", {("detained", 1)}),
        ("Man shot, killed in parking lot | abc13.comA man was shot and killed last night.", {("killed", 1)}),
        ("Officers located a 54-year-old man who had a gunshot wound to the back.", {("injured", 1)}),
        ("The victim was taken to Froedtert Hospital. Police now say the victim died.", {("killed", 1)}),
        ("Tracie Dierks, a 40-year-old woman who lives at the address where the shooting occurred, was taken "
         "into custody.", {("detained", 1)}),
        ("A woman walking home was shot and killed.", {("killed", 1)}),
        ("A man arriving to pay his respects to a friend was critically wounded.", {("injured", 1)}),
        ("A man was killed and 4 people including a girl were injured.", {("killed", 1), ("injured", 4), ("injured", 1)}),
        ("Police nabbed two suspects on Friday.", {("detained", 2)}),
        ("A man suspected of shooting a security guard during a robbery is in custody.", {("detained", 1)}),
        ("Dozens injured as 6.1-magnitude quake hits Aceh", {("injured", 24)}),
        ("The quake leveled seven villages, killing 10 persons and wounding other 70.", {("killed", 10), ("injured", 70)}),
        ("Officers found four people suffering from gunshot wounds.", {("injured", 4)}),
        ("Riots followed the killing by police of a 15-year-old boy.", {("killed", 1)}),
        ("Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died at the scene.", {("killed", 1)}),
        ("The man, 28, later died at a hospital.", {("killed", 1)}),
        ("The other two men, 27 and 32, were taken to Stroger Hospital.", {("injured", 2)}),
        ("Officers found a 27-year-old man suffering from gunshot wounds. He was pronounced dead at 6:30 p.m.",
         {("killed", 1)}),
        ("Officers found a woman suffering from gunshot wounds. He was pronounced dead at the scene.",
         {("injured", 1), ("killed", 1)}),
        ("Volunteers canvassed the city looking for the missing girl.", {("missing", 1)}),
        ("The two wounded officers were taken to hospital.", {("injured", 2)}),
        ("Gunness put the death toll of the shelling at 40.", {("killed", 40)}),
        ("A climber watched his brother fall to his death from the ridge.", {("killed", 1)}),
        ("The trial of a teen accused in the shooting death of young Kathina Thomas went on.", {("killed", 1)}),
        ("Two gang members were arrested in the shooting of a sheriff's deputy who was murdered.",
         {("detained", 2), ("killed", 1)}),
        ("The bomb exploded, killing an officer and critically injuring the police chief.",
         {("killed", 1), ("injured", 1)}),
        ("Six people, including two congressmen, two police officers and an aide, were injured in the attack.",
         {("injured", 6), ("injured", 2), ("injured", 1)}),
        ("The 7 year old was taken to Paul Hall hospital where he was pronounced dead.", {("killed", 1)}),
        ("Four men, including Pipkins and the victim, were sitting in a car when a gun went off, fatally wounding "
         "the victim.", {("killed", 1)}),
        ("A teenager shot and killed Tuesday in Birmingham has been identified.", {("killed", 1)}),
        ("Police are investigating a shooting that left 16 people injured Sunday night.", {("injured", 16)}),
        ("A key suspected Mafia boss arrested Tuesday in a police raid has been found dead.",
         {("detained", 1), ("killed", 1)}),
        ("Three residents were arrested in the past week in connection with the shooting.", {("detained", 3)}),
        ("The victim, who was not identified, died at the hospital.", {("killed", 1)}),
        ("The gunman, a 66-year-old from Illinois, was shot and killed by police.", {("killed", 1)}),
        ("Mya White, who died after being shot in the face, was five.", {("killed", 1)}),
        ("According to the two men, the victim, whom they identified as their sister, died.", {("killed", 1)}),
        ("The sheriff says the child has non-life-threatening injuries.", {("injured", 1)}),
        ("The child underwent surgery and appeared to be doing well.", {("injured", 1)}),
        ("She is accused of murdering two women at a store.", {("killed", 2)}),
        ("Detectives were told that the teen had passed away from his injuries.", {("killed", 1)}),
        ("The boy was shot and underwent surgery. He was taken off of life support Sunday.", {("killed", 1)}),
        ("A 23-year-old man shot in the ankle was taken to Stroger Hospital.", {("injured", 1)}),
        ("Javier Salinas, 18, fled on foot. Salinas is in jail and has been charged.", {("detained", 1)}),
    ],
)
def test_phrasings(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        ("A male victim was taken to Advocate Good Samaritan Hospital.", "A male victim"),
        ("A female student was wounded in the shooting.", "A female student"),
        ("Police arrested a 16 year old male relative on Friday.", "a 16 year old male relative"),
        ("The juvenile male was transported to Ruby Memorial Hospital.", "The juvenile male"),
    ],
)
def test_two_victim_nouns_make_one_victim(text, number_text):
    """Seen while checking batch 11's fixes on gvdb-dev: in "a male victim" the first noun ended the victim, so
    the verb after "victim" was out of reach."""
    assert [c.number_text for c in extract_casualties(text)] == [number_text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in the leg and taken to a hospital.", {("injured", 1)}),
        ("The boy was shot in his left arm and is expected to survive.", {("injured", 1)}),
        ("A 25-year-old man was shot multiple times and was taken to Mount Sinai Hospital.", {("injured", 1)}),
        ("A woman was shot twice in the chest and died at the scene.", {("killed", 1)}),
        ("The victim was taken to a hospital and pronounced dead.", {("killed", 1)}),
        ("Three of the victims sustained minor injuries; the fourth was shot and was pronounced dead.",
         {("injured", 3), ("killed", 1)}),
    ],
)
def test_where_a_victim_was_hit_stands_between_shot_and_the_term(text, expected):
    """Seen reading batch 11's misses (gvdb-dev): "was shot in the leg and taken to a hospital" had no term right
    after the victim's "shot", and "taken to a hospital and pronounced dead" was read as injured."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "number_text", "qualifier", "who"),
    [
        ("A man was killed in the blast.", "A man", "exact", "man"),
        ("At least 12 people were injured in the stampede.", "At least 12", "at_least", "people"),
        ("Officials said almost 8,000 people had been detained.", "almost 8,000", "approx", "people"),
        ("Up to 30 people are missing.", "Up to 30", "at_most", "people"),
        ("Two police officers were wounded.", "Two", "exact", "police officers"),
    ],
)
def test_number_text_qualifier_and_victims(text, number_text, qualifier, who):
    claim = extract_casualties(text)[0]
    assert (claim.number_text, claim.qualifier, claim.who) == (number_text, qualifier, who)
    assert text[claim.start : claim.end] == number_text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five people were killed, police said.", "police"),
        ("According to the health ministry, 12 people died.", "the health ministry"),
        ("Officials said 10 people were injured in the blast.", "Officials"),
        ("Two people were killed, said Police Chief John Smith.", "Police Chief John Smith"),
        ("Hengky Tewu, a hospital director, said a 10-year-old girl was killed at home.",
         "Hengky Tewu, a hospital director"),
        ("The school attack left 40 people dead, the UN says.", "the UN"),
        ("Two of them were found dead, according to county investigators in a press release Tuesday.",
         "county investigators"),
        ("A gunman wounded five people, witnesses and officials said.", "witnesses and officials"),
        ("Nine people died in the fire.", None),
    ],
)
def test_source(text, source):
    assert extract_casualties(text)[0].source == source


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Rebels said 50 soldiers were killed, a claim the army denied.", True),
        ("State media said 30 people died. The figure could not be independently verified.", True),
        ("The unconfirmed reports said 20 people were injured.", True),
        ("It is feared that three crew members lost their lives.", True),
        ("Police said 30 people died. The victims were all adults.", False),
    ],
)
def test_disputed(text, disputed):
    assert extract_casualties(text)[0].disputed is disputed


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest attack since 2007, when 32 people died.",
        "Last year, a similar quake killed 300 people.",
        "In a separate incident, two men were shot dead in the north.",
        "A tsunami killed 230,000 people around the Indian Ocean in 2004.",
        "Security has tightened since 2005, when a man overpowered a deputy, killed a judge and wounded two others.",
        "A powerful quake struck southern Iran in September, killing at least seven people.",
        "A massive quake struck off Aceh in 2004, sparking a tsunami that killed 170,000 people in the province.",
        "A 9.1 temblor in 2004 caused a tsunami, devastating coastal communities and leaving 220,000 people dead.",
    ],
)
def test_figures_about_other_events_are_flagged(text):
    claims = extract_casualties(text)
    assert claims, text
    assert all(c.about_other_event for c in claims)


@pytest.mark.parametrize(
    ("text", "not_values"),
    [
        ("The 18-year-old suspect, who was arrested, lives at 123 Main Street.", {18, 123}),
        ("Police were called to the 800 block of Mount Pleasant Road at 11:20 p.m., where a man died.", {800, 11, 20}),
        ("The oil-rich nation of 19 million declared a state of emergency after 40 people were killed.", {19_000_000}),
        ("Leaders met at 0700 GMT to discuss the deaths.", {700}),
        ("Officers fired 30 shots; two people were wounded.", {30}),
        ("There were three attacks in the city in which five people were injured.", {3}),
        ("The family was awarded $5,000 after the man was killed in 2015.", {5000, 2015}),
        ("The storm could kill thousands, officials warned.", {2000}),
        ("No one was injured and none of the 200 passengers were hurt.", {1, 200}),
        ("Jamal Berry, 30, was killed on Tuesday.", {30}),
        ("Police found a man, 22, suffering from gunshot wounds.", {22}),
        ("Two men, 18 and 20, and one woman, 19, were transported to Brookdale Hospital.", {18, 19, 20}),
        ("Officers found victims, all between the ages of 27 and 45, suffering from gunshot wounds.", {27, 45}),
        ("Found Reginald B. Brown III, 18, and four others suffering from gunshot wounds.", {18}),
    ],
)
def test_not_claims(text, not_values):
    values = {c.value for c in extract_casualties(text)} | {c.value_low for c in extract_casualties(text)}
    assert not values & not_values, extract_casualties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Once a person is held for such an exam, they cannot own a gun.",
        "He was hospitalized for psychiatric evaluation in 2013.",
        "Officers had to decide whether the man could have been killed.",
        "At first Taylor Smith was treated for an upper respiratory infection.",
        "He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit.",
        "Many in the community note he held similar views long before.",
        "For the record, I love my sister, but she is dead wrong on the issue of marriage.",
        "He went with the injured man's father to the hospital.",
        "Jurors heard from the emergency room doctor who treated Kathina.",
    ],
)
def test_statements_that_report_no_casualty(text):
    assert extract_casualties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man wounded in the shooting Saturday has died.", {("killed", 1)}),
        ("A child who suffered critical injuries in a Friday shooting has died, authorities said.", {("killed", 1)}),
        ("A man injured in the crash was arrested.", {("injured", 1), ("detained", 1)}),
        ("One of four women wounded in the shooting has died.", set()),
        ("Five people died and others were wounded.", {("killed", 5)}),
        ("A second suspect in a shooting that left three dead was arrested last week.", {("killed", 3)}),
        ("Suspect arrested after man dies from gunshot wound", {("detained", 1)}),
    ],
)
def test_the_main_verb_after_a_participle(text, expected):
    """Batch 6's miss (ECB+ 26_11ecb, "A key suspected Mafia boss arrested Tuesday ... has been found dead"), read
    with batch 11's: the victim of a participle is the subject of the main verb that follows it, which adds its
    category ("has been found dead") or, for the injured, replaces it ("A man wounded in the shooting has died")."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man's injuries are not life-threatening, police said.", {("injured", 1)}),
        ("The child’s injuries are not believed to be life-threatening.", {("injured", 1)}),
        ("The child's injuries were fatal.", {("killed", 1)}),
        ("The man's family said he was a good person.", set()),
    ],
)
def test_a_victims_injuries_reported_on(text, expected):
    """Seen reading batch 8's miss (gvdb-dev 4734) with batch 11's: "The man's injuries are not life-threatening"
    had no victim, the possessive ending the noun."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Comeaux took two transport officers hostage on Monday morning.", {("detained", 2)}),
        ("The gunman took a woman hostage at a Subway restaurant.", {("detained", 1)}),
        ("He is accused of shooting three relatives to death.", {("killed", 3)}),
        ("He has been accused of stabbing his mother and a former girlfriend to death.", {("killed", 1)}),
        ("He was bored to death by the hearing.", set()),
    ],
)
def test_a_verb_and_a_particle_around_the_victims(text, expected):
    """Seen reading the earlier batches' misses with batch 10's (ECB+ 3_6ecbplus, 32_2ecb): "took two transport
    officers hostage" and "stabbing his mother and a former girlfriend to death" split their term around the
    victims."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He pulled a gun on two guards during a prison transfer and held them hostage before fleeing.",
         {("detained", 2)}),
        ("Officers found three men in the car and arrested them.", {("detained", 3)}),
        ("The suspect shot both men with a handgun, killing them.", {("killed", 2)}),
        ("Two gunmen stormed the house, killing them.", set()),
    ],
)
def test_them_after_a_term_stands_for_the_group_before_it(text, expected):
    """Batch 10 (ECB+): "pulled a gun on two guards ... and held them hostage" was missed; "them" stands for a
    group named before it as an object, never for the subject."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bettie Page, the 1950s pin-up queen and pop culture icon who died on Thursday, will be remembered.",
         [("killed", "Bettie Page")]),
        ("David Bailey, a Capitol Police officer who was wounded while helping to stop the attack, threw out the "
         "first pitch.", [("injured", "David Bailey"), ("injured", "a Capitol Police officer")]),
        ("Smith, the brother of a man who was killed in the attack, spoke to reporters.", [("killed", "a man")]),
    ],
)
def test_a_relative_clause_closing_an_apposition(text, expected):
    """Batch 10 (ECB+): "Bettie Page, the ... icon who died on Thursday, will be remembered" was read only past
    the apposition; the clause that closes it is about the victim unless the apposition names someone else."""
    assert [(c.category, c.number_text) for c in extract_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("× Teen dies after being shot over shoes while playing with nephew", {("killed", 1)}),
        ("• Man killed in crash on I-65", {("killed", 1)}),
        ("× Victim critically injured in northeast side shooting", {("injured", 1)}),
    ],
)
def test_a_headline_after_a_bullet_or_a_close_button(text, expected):
    """Batch 11 (gva-incidents): a page's "× Teen dies after being shot" headline was missed behind the "×"."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men - John Smith and Bob Jones - turned themselves in earlier.", {("detained", 2)}),
        ("The other three victims — a man and two women — were taken to the hospital.",
         {("injured", 3), ("injured", 1), ("injured", 2)}),
        ("The victim — identified by his family as Elijah Walker — was shot in the face and died instantly.",
         {("killed", 1)}),
        ("Four people -- including a child -- were injured in a shooting.", {("injured", 4), ("injured", 1)}),
    ],
)
def test_an_apposition_between_dashes(text, expected):
    """Batch 11 (gva-incidents): "Two ... men - 22-year-old Brandon Brown and 23-year-old Deron Bridgewater -
    turned themselves in" was missed, the verb being past an apposition set off by dashes."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The child was airlifted to Arnold Palmer Hospital for Children.", {("injured", 1)}),
        ("Three people were driven to Advocate Christ Medical Center with gunshot wounds.", {("injured", 3)}),
        ("All five were rushed to Ryder Trauma Center.", {("injured", 5)}),
        ("He was brought to a local hospital where he was pronounced dead.", {("killed", 1)}),
    ],
)
def test_other_ways_to_a_hospital(text, expected):
    """Seen checking what batch 11's place fix took away: "were driven to Advocate Christ Medical Center in Oak
    Lawn with gunshot wounds" had only the place to carry the figure."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found the bodies of two children in the home.", {("killed", 2)}),
        ("Inside, they found the bodies of Ronald Wilkson and Valerie Wilkson.", {("killed", 1)}),
        ("Investigators found the burned remains of a man after extinguishing a fire.", {("killed", 1)}),
    ],
)
def test_the_bodies_of_victims_count_them_killed(text, expected):
    """Seen while checking batch 11's fixes: "found the bodies of two children" had no term (only "bodies" right
    after a figure counted, "12 bodies")."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 59-year-old mother of two died when a drunken driver struck her.", {("killed", 1)}),
        ("Savonnie McNeil, a father of four, was killed when gunmen opened fire.", {("killed", 1)}),
        ("A father of 3 was fatally shot outside a store.", {("killed", 1)}),
        ("Desiree Johnson, a mother of four recovering from a gunshot wound, spoke.", {("injured", 1)}),
    ],
)
def test_a_parents_children_are_no_count(text, expected):
    """Seen while checking batch 10's appositions: "a mother of two died" gave killed 2."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 16-year-old who police believe was shot during a dispute over money died on Tuesday.",
         [("killed", "A 16-year-old")]),
        ("A man who was shot in Gary on Sunday night has died.", [("killed", "A man")]),
        ("A woman who police say killed her son was arrested.", [("detained", "A woman"), ("killed", "her son")]),
        ("The man who police said fired into the courtyard where a 16-year-old girl was shot and killed has turned "
         "himself in.", [("detained", "The man"), ("killed", "a 16-year-old girl")]),
        ("Officers found a 56-year-old who had been shot in the leg and a child who had died at the scene.",
         [("killed", "a child")]),
        ("Relatives of an Oklahoma man who opened fire on police were found dead.", []),
        ("A man who was with the victim at the time was not hurt.", []),
        ("A man who saw his friend killed was interviewed.", []),
        ("The officer who fired the shot should be held accountable.", []),
        ("Man falls 25 feetA man who officials say shot at officers was injured.", []),
    ],
)
def test_the_verb_after_a_relative_clause_without_commas(text, expected):
    """Batch 11 (gva-incidents): "A 16-year-old who police believe was shot ... died on Tuesday" was missed, the
    verb being past a relative clause with no commas; a term inside the clause that belongs to another count in
    it, or takes an object, is not the victim's."""
    assert [(c.category, c.number_text) for c in extract_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("And King knows he's being held accountable.", []),
        ("Justice requires that Mr. Hawkins be held responsible for what he did.", []),
        ("The teen was treated like an adult by prosecutors.", []),
        ("Video shows officer Jason Van Dyke fatally shooting 17-year-old Laquan McDonald.",
         [("killed", "17-year-old Laquan McDonald")]),
        ("Hamad shot and injured both young men and a woman and fatally shooting two other men.",
         [("injured", "both"), ("injured", "a woman"), ("killed", "two")]),
    ],
)
def test_idioms_after_a_term(text, expected):
    """Seen while checking batch 11's fixes: "held accountable" is no detention, "treated as" no injury, and
    "fatally" before a participle belongs to that participle, not to the count before it."""
    assert [(c.category, c.number_text) for c in extract_casualties(text)] == expected


def test_relatives_who_share_a_surname_are_told_apart():
    text = ("Amiyah Bice, who turned two on Sunday, died Tuesday in a shooting. Her parents, Jessica Stanford and "
            "Julian Bice, were taken to the hospital with gunshot wounds.")
    assert {(c.category, c.who) for c in extract_casualties(text)} >= {("killed", "Amiyah Bice"),
                                                                      ("injured", "Julian Bice")}


def test_a_speaker_is_not_a_victim():
    assert pairs("Two bailiffs were fatally shot before officers killed the gunman, a sheriff said.") == {
        ("killed", 2), ("killed", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Inside the house, officers discovered the bodies of a boy and a girl, Wagner said.",
        "Long shot two officers, killing one and injuring one, Edmonson said.",
        "Seven people died in the rampage, including the suspect, Brown said.",
    ],
)
def test_a_named_speaker_after_the_figures_is_not_a_victim(text):
    """Seen while checking batch 11's fixes: a name that a reporting verb follows is the source."""
    assert not [c for c in extract_casualties(text) if c.number_text in ("Wagner", "Edmonson", "Brown")]


def test_places_are_not_named_victims():
    text = "Police arrived to find two males in front of Wanda's Bar suffering from gunshot wounds."
    assert not [c for c in extract_casualties(text) if "Bar" in c.number_text]
    assert [c.number_text for c in extract_casualties(text.replace("Wanda's Bar", "Wanda Reyes"))] == ["Wanda Reyes"]


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to Christ Medical Center in Oak Lawn in critical condition.",
        "A 17-year-old boy was shot to death in Northeast Baltimore.",
        "Jayden Hall was taken to Palmer Lutheran Hospital in West Union and later pronounced dead.",
        "A man in West Texas was arrested on outstanding warrants.",
        "Tyrone Graham, of Central Harlem, was shot in the head and pronounced dead at the scene.",
        "Marcus Rollins, of the 5800 block of West Fullerton, was pronounced dead at 11:46 p.m.",
    ],
)
def test_capitalised_words_after_in_or_at_are_a_place_not_a_victim(text):
    """Seen in batch 11 (gva-incidents): a name right after "in", "at", "near", ", of" or "block of" is where it
    happened or where the victim lived."""
    claims = extract_casualties(text)
    assert claims and not [c for c in claims if c.number_text in ("Oak Lawn", "Northeast Baltimore", "West Union",
                                                                  "West Texas", "Central Harlem", "West Fullerton")]


def test_court_reports_date_their_own_event():
    claims = extract_casualties(
        "A judge found her guilty of a rampage two years ago that left two women dead and a third employee wounded."
    )
    assert {(c.category, c.value) for c in claims if not c.about_other_event} == {("killed", 2), ("injured", 1)}


def test_sentences_without_casualty_terms_give_nothing():
    assert extract_casualties("Five people met on Monday. The nation of 19 million voted.") == []


def _dump_text() -> str:
    articles, _ = load_gold(GOLD_DIR)
    return articles[DUMP_KEY]["text"]


def test_reference_article_detained_figure():
    text = _dump_text()
    claim = next(c for c in extract_casualties(text) if c.value == 8000)
    assert (claim.category, claim.qualifier, claim.number_text) == ("detained", "approx", "almost 8,000")
    assert claim.source is not None and "Kazakhstan" in claim.source
    assert claim.sentence.startswith("Kazakhstan said on Monday")
    assert not claim.disputed


def test_reference_article_disputed_toll():
    text = _dump_text()
    claim = next(c for c in extract_casualties(text) if c.value == 164)
    assert claim.category == "killed"
    assert claim.source == "Russian and state media, citing a government social media post"
    assert claim.disputed  # the denial is in the next sentence


def test_reference_article_has_nothing_else():
    claims = extract_casualties(_dump_text())
    assert {(c.category, c.value) for c in claims} <= {("detained", 8000), ("killed", 164), ("detained", 1)}
    assert summarise_casualties(claims) == {"killed_count": None, "injured_count": None, "detained_count": 8000}


def test_offsets_point_back_to_the_text():
    articles, _ = load_gold(GOLD_DIR)
    for row in articles.values():
        text = row["text"]
        for c in extract_casualties(text):
            assert text[c.start : c.end] == c.number_text
            assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
            assert c.sentence_start <= c.start < c.end <= c.sentence_start + len(c.sentence)


def _claim(category, value, *, value_low=None, disputed=False, other=False) -> CasualtyClaim:
    return CasualtyClaim("s", 0, 1, "x", value, value_low, category, "exact", None, None, disputed, other, 0)


def test_summary_takes_the_largest_undisputed_figure_of_the_event():
    claims = [
        _claim("killed", 3),
        _claim("killed", 5),
        _claim("killed", 164, disputed=True),
        _claim("killed", 32, other=True),
        _claim("injured", None, value_low=24),
        _claim("missing", 7),
    ]
    assert summarise_casualties(claims) == {"killed_count": 5, "injured_count": 24, "detained_count": None}
    assert summarise_casualties([]) == {"killed_count": None, "injured_count": None, "detained_count": None}


def test_scoring_follows_the_guidelines():
    gold = {
        "a": [
            {"category": "killed", "value": 5, "value_low": None, "about_other_event": False, "derived": False},
            {"category": "injured", "value": 1, "value_low": None, "about_other_event": False, "derived": True},
            {"category": "killed", "value": 32, "value_low": None, "about_other_event": True, "derived": False},
            {"category": "injured", "value": None, "value_low": None, "about_other_event": False, "derived": False},
        ],
        "b": [],
    }
    predicted = {"a": [_claim("killed", 5), _claim("injured", 1), _claim("killed", 32, other=True)],
                 "b": [_claim("detained", 2)]}
    score = score_casualties(gold, predicted)
    assert (score.true_positives, score.predicted, score.gold, score.gold_found) == (2, 3, 1, 1)
    assert score.false_positives == {"b": [("detained", 2)]}
    assert score.missed == {}


def test_gold_files_are_consistent():
    articles, claims = load_gold(GOLD_DIR)
    assert len(articles) >= 25 and sum(map(len, claims.values())) >= 60
    for key, rows in claims.items():
        text = articles[key]["text"]
        for row in rows:
            assert text[row["start"] : row["end"]] == row["number_text"], row
            assert row["sentence"] in text and row["number_text"] in row["sentence"], row
    empty = sum(1 for rows in claims.values() if not rows)
    assert 0.1 <= empty / len(articles) <= 0.25


def test_gold_floor():
    articles, gold = load_gold(GOLD_DIR)
    predicted = {key: extract_casualties(row["text"]) for key, row in articles.items()}
    score = score_casualties(gold, predicted)
    report = json.dumps({"false_positives": score.false_positives, "missed": score.missed})
    assert score.precision >= PRECISION_FLOOR, report
    assert score.recall >= RECALL_FLOOR, report


def test_text_whose_lowercase_is_longer_keeps_offsets():
    text = "İstanbul: 5 people were killed and two injured."
    claims = extract_casualties(text)
    assert {(c.category, c.value) for c in claims} == {("killed", 5), ("injured", 2)}
    assert all(text[c.start : c.end] == c.number_text for c in claims)


def test_categories_and_qualifiers_are_the_schemas():
    from workbench import schema
    from workbench.extract.casualties import CATEGORIES
    from workbench.extract.numbers import QUALIFIERS

    assert CATEGORIES == schema.CASUALTY_CATEGORIES
    assert {q for q, _ in QUALIFIERS.values()} | {"exact"} <= set(schema.QUALIFIERS)
    for c in extract_casualties(_dump_text()):
        assert c.category in schema.CASUALTY_CATEGORIES and c.qualifier in schema.QUALIFIERS


# The fast paths below are written for Python's regex engine; each must agree with the plain form it stands for.
TRICKY = [
    "Killed: five. (killed) “wounded” —dead, non-fatal, skilled, shot and killed; taken to St. Mary's hospital.",
    "A man, the gunman and Officer John Smith Jr. were shot - two fatally ; he died. Jamal Berry, 30, was slain.",
    "killed\nwounded\n\ninjured… arrested-detained/held the death toll rose to 49 (dead) ’injured",
]


def _gold_texts() -> list[str]:
    articles, _ = load_gold(GOLD_DIR)
    return [row["text"] for row in articles.values()] + TRICKY


def test_term_starts_are_the_plain_prefilter():
    from workbench.extract.casualties import TERMS_LOWER, _term_starts

    for text in _gold_texts():
        lower = text.lower()
        matches = list(TERMS_LOWER.finditer(lower))
        assert _term_starts(lower) == ([m.start() for m in matches], [m.end() for m in matches]), text[:80]


def test_possessive_stems_are_inlined_as_listed():
    from pathlib import Path

    from workbench.extract import casualties

    inline = " or ".join(f'"{stem}" in lower' for stem in casualties.POSSESSIVE_STEMS)
    assert inline in Path(casualties.__file__).read_text()


def test_place_lead_is_the_plain_search():
    from workbench.extract.casualties import PLACE_LEAD, PLACE_LEAD_REACH, _place_lead

    texts = _gold_texts() + ["in Ohio", "at\nOhio", "near \nOhio", "block of  Main", "Smith, of Arnold", "to\tX",
                             "in southwest Ohio", "outside north X"]
    for text in texts:
        for start in range(len(text) + 1):
            expected = PLACE_LEAD.search(text, max(0, start - PLACE_LEAD_REACH), start) is not None
            assert _place_lead(text, start) == expected, (text[max(0, start - PLACE_LEAD_REACH) : start], start)


@pytest.mark.parametrize("position", [("after", "both"), ("before", "both"), ("noun",)])
def test_term_tries_match_the_terms_grouped_by_category(position):
    """The first-letter alternation matches what the category groups match, and the category read from the
    matched term is the group's."""
    import re

    from workbench.extract.casualties import _categoriser, _category_of, _category_trie, _term_groups

    grouped = re.compile(rf"\b(?:{_term_groups(position)})\b", re.I)
    trie = re.compile(rf"\b(?P<term>{_category_trie(position)})\b", re.I)
    category = _categoriser(position)
    texts = _gold_texts() + [" ".join(t for t, _, p in CASUALTY_TERMS if p in position).replace("*", "the big")]
    for text in texts:
        expected = [(m.span(), _category_of(m)) for m in grouped.finditer(text)]
        assert [(m.span(), category(m.group("term"))) for m in trie.finditer(text)] == expected


def test_a_term_before_a_count_is_found_across_long_spacing():
    gap = " " * 15
    assert pairs(f"The blast claimed{gap}the{gap}lives{gap}of   five people.") == {("killed", 5)}


@pytest.mark.parametrize(
    "text",
    ["The jury found him guilty.", "Trials, courts.", "A prosecutors' office", "sentencing", "courtyard", "Ajudge",
     "He pleaded", "The verdict: İstanbul", "no such words", "juſt a trial"],
)
def test_court_reports_are_recognised_as_the_plain_pattern_does(text):
    from workbench.extract.casualties import COURT, _Article

    lower = text.lower()
    article = _Article(text, lower if len(lower) == len(text) else text)
    assert article.is_court_report() == (COURT.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers talked with the gunman, who gave himself up to police an hour later.", {("detained", 1)}),
        ("Two brothers gave themselves up at a station on Monday.", {("detained", 2)}),
        ("The driver gave herself up.", {("detained", 1)}),
    ],
)
def test_giving_oneself_up_is_detained(text, expected):
    """Seen in held-out batch 12: "the suspect, who gave himself up to police" was no figure, though the
    guidelines count surrendering as detained ("turned himself in" was a term, "gave himself up" was not)."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four were killed and 11 trapped under debris when a school collapsed.", {("killed", 4), ("missing", 11)}),
        ("At least 30 people remain trapped in the rubble, officials said.", {("missing", 30)}),
        ("Rescuers searched for five miners buried beneath tons of debris.", {("missing", 5)}),
        ("Their furniture was buried under rubble.", set()),
    ],
)
def test_people_under_the_rubble_are_missing(text, expected):
    """Seen in held-out batch 12: "six children were killed and 14 trapped under debris" gave no missing figure,
    though the guidelines count people under the rubble with no outcome as missing."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people died on Sunday. The 2009 earthquake that killed about 1,100 people struck the same coast.",
         {("killed", 2)}),
        ("About 40,000 people were killed along the coast and on the islands by the 1998 Pacific tsunami.", set()),
        ("Police arrested a man in the 1985 killings of three hikers.", {("detained", 1), ("killed", 3)}),
        ("Police found a man with a gunshot wound in the 1900 block of Oak Street.", {("injured", 1)}),
    ],
)
def test_an_event_named_by_its_year_is_another_event(text, expected):
    """Seen in held-out batch 12: "Some 168,000 people were killed in Aceh province and Nias island by the 2004
    Asian tsunami" counted as the earthquake's own toll ("in 2004" was a date of another event, "the 2004
    tsunami" was not). Arrests and charges in a dated case stay the article's own news, as court reports do."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man showed up at Mercy General Hospital with a non-life-threatening gunshot wound.", {("injured", 1)}),
        ("Two other victims arrived at a local hospital with gunshot wounds.", {("injured", 2)}),
        ("A teenager later walked into the emergency room with a gunshot wound to the arm.", {("injured", 1)}),
        ("Deputies found a woman with multiple gunshot wounds.", {("injured", 1)}),
        ("The driver was found with a fatal gunshot wound.", {("killed", 1)}),
    ],
)
def test_arriving_at_a_hospital_with_a_gunshot_wound(text, expected):
    """Seen in held-out batch 12: "The woman showed up at JFK Memorial Hospital with a non life-threatening
    gunshot wound" was no figure: "with a gunshot wound" took no word between "a" and "gunshot", and "showed up
    at", "arrived at" and "walked into" a place could not join a victim to it."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy was wounded on Elm Street. Earlier Monday, a woman was shot dead in the Riverside neighborhood.",
         {("injured", 1)}),
        ("Three men were hurt at a bar. Earlier, two people were killed in a crash on the interstate.",
         {("injured", 3)}),
        ("A man was killed at noon. Earlier, police said 13 people had been hurt.", {("killed", 1), ("injured", 13)}),
        ("A boy was shot on Monday. Earlier this week, John Jones and two others were arrested.",
         {("detained", 1), ("detained", 2), ("detained", 3)}),
    ],
)
def test_a_sentence_opening_on_earlier_with_new_victims_is_another_incident(text, expected):
    """Seen checking the shared-determiner fix for batch 12 on the gold set: "Earlier, a man and woman were shot to
    death by Chicago Police ... in the Austin neighborhood" is another incident of a day's round-up; a name or a
    source after "Earlier," stays with the article's event."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man and woman were found dead in a car.", {("killed", 1)}),
        ("Police are investigating the murders of his wife and daughter.", {("killed", 1)}),
        ("Her husband and son were wounded in the blast.", {("injured", 1)}),
        ("The driver and passenger were arrested.", {("detained", 1)}),
        ("His sister and roommate was wounded.", set()),
    ],
)
def test_a_second_victim_noun_shares_the_first_ones_determiner(text, expected):
    """Seen in held-out batch 12: "the double murders of his mum and sister" had no count (no second determiner,
    so "sister" was no victim and "his mum and sister" no group); "His mother and sister were killed" and "A man
    and woman were killed" gave nothing either. Each noun is one victim, as the guidelines count groups; a
    singular verb makes the two nouns one person."""
    assert pairs(text) == expected
    claims = extract_casualties(text)
    assert len(claims) == (2 if expected else 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives are questioning a man over the murder of his mum.", {("killed", 1)}),
        ("A mom and her toddler were wounded.", {("injured", 1)}),
        ("The dad was arrested at the scene.", {("detained", 1)}),
    ],
)
def test_informal_family_nouns_are_victims(text, expected):
    """Seen in held-out batch 12 (a British tabloid): "the double murders of his mum and sister" had no victim
    noun; "mom", "mum", "dad", "grandma" and "grandpa" are everyday news words for the people "mother" names."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two other victims, one of whom was a teenager, suffered minor injuries.", {("injured", 2)}),
        ("Five people, one of them a police officer, were killed in the blast.", {("killed", 5), ("killed", 1)}),
        ("Four people were wounded, one of whom was a child.", {("injured", 4)}),
    ],
)
def test_a_member_described_after_a_group_is_no_victim_of_its_own(text, expected):
    """Seen in held-out batch 12: "The other three victims, one of which also was a juvenile, sustained injuries"
    gave injured 1 for the juvenile and nothing for the three: the description of one member stood between the
    group and its verb. A member set off with no verb ("one of them a police officer") is one the group's verb
    holds, as one after "including" is (the hand-annotated held-out gold counts it)."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the floods there were some 9,000 refugees in the district, officials said.", {("displaced", 9000)}),
        ("Police rescued 12 hostages from the bank.", {("detained", 12)}),
        ("Eight refugees were killed when the boat sank.", {("killed", 8)}),
        ("The depot holds enough tents for 5,000 refugees.", set()),
    ],
)
def test_a_count_of_refugees_or_hostages_is_displaced_or_detained(text, expected):
    """Seen in held-out batch 12: "there were some 14,000 refugees across the province" after an earthquake was no
    figure, "refugees" being only a victim noun waiting for a verb; a noun that is a casualty noun as well now
    counts on its own when no term follows, though not as what something is for."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected_who"),
    [
        ("The boy was transported to Riverside Memorial in good condition.", "The boy"),
        ("A 30-year-old man was taken to Grady with a gunshot wound to the leg.", "A 30-year-old man"),
        ("A fifth victim went to Mercy South with two gunshot wounds.", "A fifth victim"),
    ],
)
def test_a_hospital_named_after_to_is_the_place_not_the_victim(text, expected_who):
    """Seen checking batch 12's gunshot-wound fix: "went to Mercy West with three gunshot wounds" and "taken to St.
    Charles Bend with a single gunshot wound" made the hospital the injured person, and "The teen was transported
    to Eskenazi Health in good condition" counted only through the hospital's name."""
    claims = extract_casualties(text)
    assert [c.number_text for c in claims] == ([expected_who] if expected_who else [])
    assert all(c.category == "injured" and c.value == 1 for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was fatally shot about 11:45 p.m. on Main Street.", {("killed", 1)}),
        ("Two men were wounded around 3:05 a.m. Sunday.", {("injured", 2)}),
        ("The suspect was arrested at 10:30 Friday.", {("detained", 1)}),
    ],
)
def test_a_clock_time_after_a_term_is_no_count(text, expected):
    """Seen checking batch 12's 'Earlier' fix: "fatally shot about 12:20 a.m." gave killed 12; the test for a time
    ("[:/]" and a digit) asked for a word boundary right after the first digit of the minutes."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were among the dead.", {("killed", 3)}),
        ("A 9-year-old girl was among those wounded.", {("injured", 1)}),
        ("Two reporters were among those detained on Sunday.", {("detained", 2)}),
        ("She was among the first to arrive.", set()),
    ],
)
def test_victims_among_the_casualties(text, expected):
    """Seen probing wire phrasings after batch 12 (its earthquakes and bombings): "Two policemen were among the dead"
    gave nothing, "among the" / "among those" standing between the victims and the term."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting has claimed more than 300 lives.", {("killed", 300)}),
        ("Four lives were lost in the fire.", {("killed", 4)}),
        ("The crash cost two lives.", {("killed", 2)}),
        ("Lifeguards saved 12 lives this summer.", set()),
        ("The attack shattered dozens of lives.", set()),
    ],
)
def test_lives_taken_or_lost_are_killed(text, expected):
    """Seen probing wire phrasings after batch 12: "claimed 17 lives" gave nothing ("lives" was no term, so the
    sentence was not even read); lives saved, changed or shattered are no deaths."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were four children.", {("killed", 4)}),
        ("Among the wounded was a 70-year-old woman.", {("injured", 1)}),
        ("Among those detained were three students and a teacher.", {("detained", 3), ("detained", 1)}),
    ],
)
def test_the_casualties_named_before_the_victims_they_include(text, expected):
    """The inverted form of "Two policemen were among the dead" (found with it): "Among the dead were three
    children" gave nothing, the copula standing between the casualties and the count."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials put the number of dead at 23.", {("killed", 23)}),
        ("The number of people injured rose to 310 on Tuesday.", {("injured", 310)}),
        ("The number of arrests has reached 1,500, the ministry said.", {("detained", 1500)}),
        ("The number of people at the rally was 300.", set()),
    ],
)
def test_the_number_of_casualties_counts_like_a_toll(text, expected):
    """Found probing wire phrasings after batch 12: "the number of dead rose to 31" and "put the number of dead at
    23" gave nothing, though "the death toll rose to 49" and "put the death toll at 40" were counts."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 14 migrants drowned when their boat capsized.", {("killed", 14)}),
        ("Three firefighters suffered serious burns.", {("injured", 3)}),
        ("Nine miners remain trapped underground.", {("missing", 9)}),
        ("Dozens of people were trapped in the building during the lockdown.", set()),
        ("The sirens drowned out the music.", set()),
    ],
)
def test_drowned_burned_and_still_trapped(text, expected):
    """Found probing disaster wording after batch 12 (two earthquakes): "drowned", "suffered burns" and people who
    "remain trapped" gave nothing; "trapped" alone is also said of a lockdown, so only "remain" / "still" trapped
    counts as missing."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An elderly couple was killed when the house collapsed.", {("killed", 2)}),
        ("Police arrested the pair on Tuesday.", {("detained", 2)}),
        ("He admitted to killing John Smith, 30 after the pair had argued.", {("killed", 1)}),
    ],
)
def test_a_couple_or_a_pair_is_two_victims(text, expected):
    """Found probing wire phrasings after batch 12: "The couple were found dead" and "the pair were arrested" gave
    nothing; they name two people. A figure before "the pair" stays an age."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quake toll tops 300", {("killed", 300)}),
        ("Death toll nears 1,000 as rescuers dig", {("killed", 1000)}),
        ("The death toll hits 50.", {("killed", 50)}),
        ("The number of injured exceeds 200.", {("injured", 200)}),
    ],
)
def test_a_toll_in_headline_tense(text, expected):
    """Found probing wire headlines after batch 12: "Quake toll tops 300" gave nothing; the toll's verbs were past
    tense ("topped", "reached") but headlines write the present ("tops", "hits", "passes", "nears")."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 30 injured, five are in critical condition.", {("injured", 30), ("injured", 5)}),
        ("Police released the names of the four people who were killed.", {("killed", 4)}),
        ("Two of the three victims died.", {("killed", 2)}),
        ("One of the four was pronounced dead.", set()),
    ],
)
def test_a_group_after_of_the_counts_unless_a_part_is_taken_from_it(text, expected):
    """Found probing wire phrasings after batch 12: "Of the 30 injured, five are critical" lost the 30 (no figure
    after "of the" counted); the group counts now, except when a part of it comes first ("two of the three victims
    died": the verb is the part's)."""
    assert pairs(text) == expected


# Held-out batch 13: phrasings its articles missed or misread.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 500 cases between 2010 and 2015, with 80 deaths.", set()),
        ("There have been 300 homicides this year, including the killing of a teacher.", set()),
        ("The storm hit the coast on Friday, with 12 deaths reported.", {("killed", 12)}),
        ("Police said 30 people were wounded this year, including a girl.", {("injured", 1)}),
    ],
)
def test_a_clause_hanging_from_statistics_is_about_them(text, expected):
    """Batch 13: "3,248 cases worldwide between 2010 and 2015, with 584 deaths" gave the deaths as the article's
    own (the year span stood in the clause before the count). A clause opening on "with" or "including" adds to
    the one before it, which, when it holds no count of its own, tells whether the figure is another event's (a
    clause with a count is judged on its own, as before)."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found a man dead in the car.", {("killed", 1)}),
        ("Officers discovered the victim dead at the scene.", {("killed", 1)}),
        ("John Lee ran the shop. After the gunfire, police discovered Lee dead.", {("killed", 1)}),
        ("He found a dead bird in the yard.", set()),
    ],
)
def test_a_single_victim_found_dead(text, expected):
    """Found reading batch 13's neighbours in the corpora: "police found a man dead", "discovered Lee dead" gave
    nothing, as a single victim takes "dead" only after a verb of being ("was found dead") or "left" before it;
    a verb of finding before the victim makes "dead" describe it too."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mary Gray, sister of the man killed by police, was arrested on Friday.", {("detained", 1), ("killed", 1)}),
        ("John Smith, owner of the store, was wounded.", {("injured", 1)}),
        ("John Smith, head of security at the club, was shot and killed.", {("killed", 1)}),
    ],
)
def test_a_name_with_a_role_apposition_keeps_its_verb(text, expected):
    """Batch 13: "Mahnefah Gray, sister of the teen killed by police, was arrested" lost the arrest: an apposition
    opening on a bare noun of relation or role ("sister of", "owner of"), with no article, did not carry the name
    over to its verb."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the centuries, plague has killed millions of people.", set()),
        ("Throughout history, earthquakes have killed millions of people.", set()),
        ("Over the weekend, two people were killed.", {("killed", 2)}),
    ],
)
def test_a_sentence_opening_on_the_centuries_is_history(text, expected):
    """Batch 13: "Over the centuries, plague has killed millions of people" gave the millions as the article's own
    (three plague cases); a sentence that opens on the centuries or on history speaks of the past throughout."""
    assert pairs(text) == expected

# Faults found on held-out text and left unmended: held by detaining forces, casualties that "included", headline
# present tense, ages after a copula, counts inside questions.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police held 35 people after the clashes.", {("detained", 35)}),
        ("Officers were holding 12 protesters at the station.", {("detained", 12)}),
        ("Security forces held dozens overnight.", {("detained", 24)}),
        ("Gunmen held 20 people hostage.", {("detained", 20)}),
        ("The police held a press conference on Monday.", set()),
        ("Police held 35 meetings with residents.", set()),
        ("Security forces held dozens of meetings.", set()),
        ("Officers held the man down until help came.", set()),
        ("Schools were holding 300 students until parents arrived.", set()),
    ],
)
def test_people_held_by_detaining_forces_are_detained(text, expected):
    """"Police held 35 people" gave nothing: "held" counted only after its victims ("35 people were held"). With
    detaining forces before it, and people (or a bare figure no noun follows) after it, it is a detention; not
    "held a press conference", "held 35 meetings", "held the man down", nor anyone else holding people."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casualties included 14 civilians.", {("injured", 14)}),
        ("The dead included three children.", {("killed", 3)}),
        ("The injured include two officers and a nurse.", {("injured", 2), ("injured", 1)}),
        ("The wounded included a woman and six men.", {("injured", 1), ("injured", 6)}),
        ("The victims included two women.", set()),
    ],
)
def test_the_casualties_that_included_a_group_give_it_their_category(text, expected):
    """"The dead included three children" gave nothing (only "among the dead were" counted). The casualty noun
    before "included" gives the listed people its category; "casualties" alone is injured, as the guidelines read
    it; "victims" alone tells none."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kill 20 in market attack", {("killed", 20)}),
        ("Bomb kills 12 in city centre", {("killed", 12)}),
        ("Police arrest 30 after protest", {("detained", 30)}),
        ("Army arrests 15 suspects", {("detained", 15)}),
        ("Quake injures 300", {("injured", 300)}),
        ("Storm injures dozens in coastal towns", {("injured", 24)}),
        ("Shooting wounds 4, kills 1", {("injured", 4), ("killed", 1)}),
        ("He was trying to kill two guards.", set()),
        ("He said he would pull the trigger and kill both of them.", set()),
        ("He did not pull the trigger and, in the end, kill the guard.", set()),
        ("We will not rest until we arrest the person responsible.", set()),
        ("The doctor found two wounds one inch apart.", set()),
        ("The flood killed dozens of cattle.", set()),
        ("Video Police Arrest Man After Chase", set()),
    ],
)
def test_headline_verbs_in_the_present(text, expected):
    """"Gunmen kill 20", "Police arrest 30", "Quake injures 300" gave nothing: only "kills" stood before a count in
    the present. The plain form counts unless "to", an auxiliary or a condition comes first; "wounds" is a noun after
    a number; a vague amount right after the verb counts unless "of" follows it. A line that is "Video" and a
    headline names a related video, another story."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the man was 20 and was in good condition.", {("injured", 1)}),
        ("The man, who was 20, was in good condition.", {("injured", 1)}),
        ("The victim, who was 17, died.", {("killed", 1)}),
        ("The boy, who had just turned 16, was shot and killed.", {("killed", 1)}),
        ("A funeral for the children, who were 12, 9 and 7, was held on Friday.", set()),
        ("The number of injured was 14.", {("injured", 14)}),
        ("Police said the death toll was 12.", {("killed", 12)}),
        ("There were 46 arrests.", {("detained", 46)}),
    ],
)
def test_an_age_after_a_copula_is_no_count(text, expected):
    """"the man was 20 and was in good condition" gave injured 20, and "who recently turned 16, was shot and killed"
    killed 16: a bare figure after "was", "were" or "turned" that ends its phrase is an age, unless a figure noun
    ("number", "toll") is its subject."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How many people were killed?", set()),
        ("Were 20 people arrested?", set()),
        ("The question is: did the gunman kill two guards?", set()),
        ("Did gunmen kill 20 in the market?\nGunmen killed 20 people in the market on Monday.", {("killed", 20)}),
        ("Did gunmen kill 20 in the market?\nThe attack left 12 hurt.", {("injured", 12)}),
        ("Three people were killed, but why did he do it?", {("killed", 3)}),
        ('Neighbours asked "why?" after two men were arrested.', {("detained", 2)}),
    ],
)
def test_a_figure_asked_about_in_a_question_is_no_claim(text, expected):
    """"Were 20 people arrested?" gave detained 20: a question states nothing, so a figure inside one counts only
    when the article states it elsewhere (a headline question over the report). A statement that a question follows
    after a comma, or that quotes one, still counts."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the deadliest attack since March, when 30 people were killed.", set()),
        ("It was the worst shooting in the U.S. since the school massacre, where 26 people died.", set()),
        ("It was the fourth shooting on the block since Saturday, when a man was wounded.", set()),
        ("The suspect has been on the run since Sunday, when he shot and killed two officers.", {("killed", 2)}),
        ("In a similar attack last year, 12 were killed.", set()),
    ],
)
def test_the_worst_since_an_earlier_event_without_a_year(text, expected):
    """"the deadliest mass shooting since the shooting at Sandy Hook ..., where 26 people died" gave killed 26 about
    the article's own event: "since ..., when" marked another event only with a year. After a superlative or an
    ordinal the clause after "when" or "where" is the earlier event; without one it may be the article's own."""
    assert pairs(text) == expected


# Disaster wording: a singular injury, "got ... injuries", "other" after a number, people sheltering in tents,
# a subgroup that remains critical; a tally across separate incidents; an arrest past a long relative clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people had suffered from serious injury and 261 other got minor injuries.",
         {("injured", 8), ("injured", 261)}),
        ("The girl suffered a minor hand injury.", {("injured", 1)}),
        ("He sustained serious injury and was treated and released.", {("injured", 1)}),
        ("The boy sustained no serious injury.", set()),
        ("He suffered through an injury-plagued season.", set()),
        ("Two people got minor injury.", {("injured", 2)}),
    ],
)
def test_a_singular_injury_and_got_injuries(text, expected):
    """"eight people had suffered from serious injury and 261 other got minor injuries" gave nothing: "suffered"
    and "sustained" took only the plural "injuries", "got" took no injuries, and "other" after a number was no
    victim noun. The singular counts after "a", "an", "from" or "serious", never after "no" or "the"."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake has left over 14,000 people taking shelters in tents.", {("displaced", 14000)}),
        ("About 1,000 people are housed temporarily in tents.", {("displaced", 1000)}),
        ("Some 3,000 residents were sheltering in evacuation centres.", {("displaced", 3000)}),
        ("Two men living in tents were killed.", {("killed", 2)}),
        ("Two people took shelter in a store.", set()),
    ],
)
def test_people_sheltering_in_tents_are_displaced(text, expected):
    """"have led over 14,000 people taking shelters in tents" gave nothing: people sheltering, living or housed in
    tents, evacuation centres or temporary shelters are displaced (the guidelines' "made homeless"); shelter
    taken in a building during an attack is not."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 50 people with serious injuries, 10 of whom remain critical.",
         {("injured", 50), ("injured", 10)}),
        ("Four were hurt and one remains critical.", {("injured", 4), ("injured", 1)}),
    ],
)
def test_a_subgroup_that_remains_critical(text, expected):
    """"50 people with serious injuries, 10 of whom remain critical" missed the 10: "remain critical" is "in
    critical condition" in fewer words."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The other teen who pulled the trigger has turned himself in.", {("detained", 1)}),
        ("One man was killed and the other man was wounded.", {("killed", 1), ("injured", 1)}),
        ("Neither the driver or the other passenger was injured.", set()),
        ("It was unclear if the other officer sustained any injuries.", set()),
        ("He fired one shot at the other man, missing him.", set()),
        ("The other officers were hurt.", set()),
    ],
)
def test_the_other_one_is_one_person(text, expected):
    """"the other teen who pulled the trigger has turned himself in" gave nothing: "other" made a singular noun
    someone other than a victim. After "the" it is the second of two, one person, except after "or", "nor",
    "if" or "whether"; and the verb "missing him" is no missing person."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man suspected of shooting three people, killing one, at a shop where he had worked was arrested "
         "after a chase.", {("detained", 1), ("killed", 1)}),
        ("A woman accused of robbing a bank was taken into custody on Friday.", {("detained", 1)}),
        ("A man accused of robbing a bank where he was arrested last year says he is innocent.", set()),
    ],
)
def test_a_suspect_verb_past_what_he_is_suspected_of(text, expected):
    """"A man suspected of shooting three people, killing one, at a firm from which he was fired last week was
    arrested after a high-speed chase" missed the arrest: the suspect's verb came after a description with its own
    counts and commas. The first "was" or "has been" with a term is his, unless "he", a relative or "and" leads."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A blast killed three people at a market.\nEarlier that day, a shell hit a house in the next town, killing "
         "seven.", {("killed", 3)}),
        ("Three people were killed.\nEarlier, a spokesman said seven people were killed.", {("killed", 3),
                                                                                               ("killed", 7)}),
    ],
)
def test_an_earlier_strike_is_another_event(text, expected):
    """"Earlier that day, a shell hit a house in the Beach refugee camp, killing at least seven" counted the seven
    for the article's own attack: "Earlier ..." then a new weapon or attacker striking tells a strike of its own.
    Someone speaking "earlier" does not."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith was the first of two teenagers killed by gunfire over the weekend in the county.", set()),
        ("The second of two victims fatally shot at a car wash late Monday has been identified.", {("killed", 2)}),
        ("He was the first of three people killed in the shooting over the weekend.", {("killed", 3)}),
    ],
)
def test_the_first_of_a_tally_over_a_period(text, expected):
    """"Thorne was the first of two teenagers killed by gunfire over the weekend in York County" gave killed 2 for
    one shooting: "the first of N ... killed" over a period ("over the weekend", "this month") tallies separate
    incidents. A scene in between ("at a car wash", "in the shooting") keeps it one event's."""
    assert pairs(text) == expected


# Coordinated verbs, appositions, illness, other events and "the fatal shooting of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have arrested and charged a 16-year-old boy.", {("detained", 1)}),
        ("Deputies arrested and booked two men into the county jail.", {("detained", 2)}),
        ("Officers arrested and later released three protesters.", {("detained", 3)}),
        ("Detectives arrested and charged Amy Jones with neglect.", {("detained", 1)}),
        ("The man was arrested and charged two days later.", {("detained", 1)}),
    ],
)
def test_a_detention_verb_coordinated_before_the_object(text, expected):
    """Found in the corpora: "have arrested and charged a 16-year-old boy", "arrested and booked two men" gave
    nothing, as only the word right before the object was read as a term; a detention term coordinated with a
    second verb before the object detains it."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith, a friend of the victim, was arrested.", {("detained", "John Smith")}),
        ("Jane Doe, the mother of a 4-year-old girl, was killed.", {("killed", "Jane Doe")}),
        ("The gunman, who was dating the woman, was arrested.", {("detained", "The gunman")}),
        ("John Smith, a friend of the man killed on Friday, was arrested.",
         {("detained", "John Smith"), ("killed", "the man")}),
        ("The victim, a woman, was wounded.", {("injured", "The victim"), ("injured", "a woman")}),
    ],
)
def test_a_victim_inside_an_apposition_about_another_person(text, expected):
    """Found in the corpora: "Smith, the father of a 4-year-old girl, was killed" also killed the girl, and "Willie
    Jackson, who is not related to the victim, was arrested" detained the victim. A victim inside an apposition or
    a relative clause describing another person, other than its head, does not take the verb after it."""
    assert {(c.category, c.number_text) for c in extract_casualties(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people also died in an air strike on another UN school.", set()),
        ("A woman was among three people wounded in another Chicago Lawn shooting.", set()),
        ("Another Southwest Side shooting minutes earlier left a man wounded.", set()),
        ("At least 16 other people have been wounded in other citywide shootings.", set()),
        ("In other Sunday attacks, eight people were shot, including one person who died.", set()),
        ("In an unrelated incident, two men were shot and killed.", set()),
        ("A man killed three people and wounded another in an attack on Friday.", {("killed", 3), ("injured", 1)}),
        ("He was arrested on unrelated charges.", {("detained", 1)}),
    ],
)
def test_figures_of_another_incident_named_as_such(text, expected):
    """Found in the corpora: "three people wounded in another Chicago Lawn shooting", "an air strike on another UN
    school", "in other citywide shootings", "In other Sunday attacks, ..." were read as the article's own figures,
    as only "another shooting" with nothing between was known; names and a few adjectives may now stand between."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was charged in the fatal shooting of a 16-year-old boy.", {("killed", 1)}),
        ("Police are investigating the deadly stabbing of two men.", {("killed", 2)}),
        ("In the week following the fatal shooting of a teenager, protests erupted.", {("killed", 1)}),
        ("A car connected to the fatal shooting of a 5-year-old was towed.", {("killed", 1)}),
        ("The attack came two months after the fatal shooting of an unarmed man, John Smith.", set()),
        ("Saturday's incident follows the killing of a 3-year-old girl.", set()),
        ("Police said the shooting is connected to the fatal shooting of a girl on Sunday.", set()),
        ("Officials discussed the spate of violence, which began in May with the fatal shooting of a man.", set()),
    ],
)
def test_the_fatal_shooting_of_a_victim(text, expected):
    """Found in the corpora: "charged in the fatal shooting of a 16-year-old" gave nothing, as only "the killing of"
    and "the shooting death of" were known. A victim named after an event that the report's own is compared or
    linked to ("came two months after", "follows", "the shooting is connected to", a spate "which began ... with")
    is another event's."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former president remained hospitalized, recovering from pneumonia.", set()),
        ("Another person was hospitalized with a stress-related illness.", set()),
        ("A third case of plague was reported in a man. He was taken to a hospital in the capital.", set()),
        ("A man was shot and taken to a hospital with a fever.", {("injured", 1)}),
        ("A man was taken to a hospital after the crash.", {("injured", 1)}),
        ("Two people were injured and hospitalized with pneumonia.", {("injured", 2)}),
    ],
)
def test_hospital_care_for_an_illness_is_no_injury(text, expected):
    """Batch 13 and the corpora: "he was taken to a hospital" in a paragraph on a plague case, "remained
    hospitalized, recovering from pneumonia" gave injured 1; the guidelines count "hospitalised with injuries". A
    term of hospital care or condition that names no injury gives no claim when the sentence, or else its paragraph,
    names an illness and no cause of injury."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police announced arrests in other cases — including the fatal stabbing of a teen.", set()),
        ("Police announced arrests in other cases, including the fatal stabbing of a teen.", set()),
        ("Police made two arrests on Friday — including a man wounded in the raid.", {("detained", 2), ("injured", 1)}),
    ],
)
def test_a_clause_hanging_from_other_cases(text, expected):
    """Found in the corpora: "announced arrests in other cases — including a fatal stabbing of a teen" gave the
    killing as the article's own: a clause opening on a dash and "including" hangs from the clause before it like
    one opening on a comma, and "in other cases" names other incidents."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RELATED: 4 found dead in apartment shooting", set()),
        ("READ MORE: Six killed in campsite homicide, suspect charged", set()),
        ("More: Three arrested in attack at bar", set()),
        ("Video (02:53) : One person was killed and two people were hurt.", set()),
        ("More than 20 people were injured.", {("injured", 20)}),
    ],
)
def test_a_link_to_another_story_is_another_event(text, expected):
    """Found in the corpora: headlines of related stories embedded in the page ("RELATED: 4 found dead ...", "READ
    MORE: Six killed in ...") gave their figures as the article's own; the guidelines count them as another event's."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "words",
    ["an illness", "fell ill", "sickened", "diseases", "plague", "pneumonia", "infections", "a virus", "the flu",
     "influenza", "a fever", "cancerous", "a heart attack", "a stroke", "overdosed", "intoxication", "an outbreak",
     "cholera", "ebola", "measles", "covid-19", "coronavirus", "dehydration", "heatstroke", "heat exhaustion", "asthma"],
)
def test_illness_stems_cover_the_illness_pattern(words):
    """The cheap first test for an illness must let every phrase the pattern finds through."""
    from workbench.extract.casualties import ILLNESS, ILLNESS_STEMS

    text = f"He was treated for {words} at home."
    assert ILLNESS.search(text)
    assert any(stem in text.lower() for stem in ILLNESS_STEMS)


# Cheaper term scanning: the scans try the casualty terms as a trie of characters.
def test_deep_term_alternation_matches_as_the_flat_one():
    import re

    from workbench.extract.casualties import _SCAN, _SCAN_DEEP, _deep_alternation, _pieces, _trie, _trie_order

    words = ["kill", "killed", "killing of", "kills", "taken to * hospital", "taken to * medical center",
             "taken into custody", "in custody", "in critical condition", "injured", "with * injuries",
             "with a * gunshot wound"]
    texts = _gold_texts() + ["Killed, kills; killing of two; taken to the big hospital; taken into custody in"
                             " custody, injured in critical condition with minor injuries and with a single gunshot"
                             " wound. Taken to Mercy medical center"]
    for flat, deep in [(_trie(words), _deep_alternation([_pieces(w) for w in _trie_order(words)])),
                       (_SCAN, _SCAN_DEEP)]:
        flat_scan, deep_scan = re.compile(rf"(?<!\w)({flat})\b"), re.compile(rf"(?<!\w)({deep})\b")
        for text in texts:
            lower = text.lower()
            assert [m.span() for m in deep_scan.finditer(lower)] == [m.span() for m in flat_scan.finditer(lower)]


def test_wildcard_guard_keeps_the_matches_of_the_wildcard_terms():
    import re

    from workbench.extract.casualties import _SCAN_TERMS, _pieces, _wildcard_guard

    wild = [t for t in _SCAN_TERMS if "*" in t]
    alternatives = [_pieces(t) for t in ["with * injuries", "with a * gunshot wound", "with * gunshot wounds"]]
    assert _wildcard_guard(alternatives) is not None
    text = " ".join(t.replace("*", "two of his") for t in wild) + " with a single gunshot wound, with injuries"
    for term in wild:
        words = term.split()
        rests = [_pieces(" ".join(words[1:]))] + [_pieces(" ".join(w.split()[1:])) for w in wild if w != term
                                                  and w.split()[0] == words[0] and len(w.split()) > 1]
        flat = "|".join("".join(r) for r in rests)
        guard = _wildcard_guard(rests)
        plain, guarded = re.compile(rf"(?<!\w)(?:{flat})"), re.compile(rf"(?<!\w){guard}(?:{flat})")
        for sample in (text, *_gold_texts()):
            lower = sample.lower()
            assert [m.span() for m in guarded.finditer(lower)] == [m.span() for m in plain.finditer(lower)], term


# The patterns built from the vocabulary are the same in every process


def test_term_patterns_do_not_depend_on_the_string_hash():
    """Terms of one length were ordered as a set iterates, which follows the string hash and so changed from one
    process to the next; two such terms can match at one place with different ends."""
    import subprocess
    import sys

    show = ("from workbench.extract import casualties as c; "
            "print(c.TERMS_AFTER_SPACE.pattern, c.TERMS_LOWER.pattern, c.PREFILTER.pattern, c.AFTER.pattern, "
            "c.BEFORE.pattern)")
    runs = {
        subprocess.run([sys.executable, "-c", show], capture_output=True, text=True, check=True,
                       env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


# General phrasings: another strike told by its place, inverted tolls, victims listed after "included", places before a
# victim noun, counts under an infinitive of intent.


STRIKE_LEAD = "Israeli shells kill 40 at UN school.\nAn attack on a school in Jabaliya killed 40 people on Tuesday.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STRIKE_LEAD + "In the Bureij refugee camp, an airstrike killed five people.", {("killed", 40)}),
        (STRIKE_LEAD + "Shelling of houses in the Bureij refugee camp left five dead and 16 injured.", {("killed", 40)}),
        (STRIKE_LEAD + "An airstrike in the Gaza City neighbourhood of Zeitun, where clashes raged, left one militant dead.",
         {("killed", 40)}),
        (STRIKE_LEAD + "An airstrike in Jabaliya also left one militant dead.", {("killed", 40), ("killed", 1)}),
        (STRIKE_LEAD + "The airstrike in the Bureij camp left five dead.", {("killed", 40), ("killed", 5)}),
        ("Israeli shells kill 40 at UN school.\nAn airstrike on a school in Jabaliya killed 40 people on Tuesday.",
         {("killed", 40)}),
    ],
)
def test_a_strike_in_a_place_not_named_before_is_another_event(text, expected):
    """"Shelling of houses in the Bureij refugee camp left at least five dead", told at the end of a report on the
    shelling of a school elsewhere, was read as the article's own figure: a strike of war told by a place the article
    has not named, once the article has told its own event, is another incident of the same war. A strike in a place
    already named, one referred back to ("The airstrike"), and the article's own lead are its own."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed; victims included a 7-year-old girl and her mother.", {("killed", 5), ("killed", 1)}),
        ("Five people were killed in the attack. Victims included a 7-year-old girl and her mother.",
         {("killed", 5), ("killed", 1)}),
        ("Five people were killed.\n\nAmong the victims were a 7-year-old girl and two teenagers.",
         {("killed", 5), ("killed", 1), ("killed", 2)}),
        ("Five people were killed and two hurt. Victims included a 7-year-old girl.", {("killed", 5), ("injured", 2)}),
        ("Victims included a 7-year-old girl and her mother.", set()),
        ("Those arrested included two teenagers.", {("detained", 2)}),
        ("Two people were hurt. The victims included 20- and 23-year-old women.", {("injured", 2)}),
    ],
)
def test_victims_included_take_the_category_of_the_figures_before_them(text, expected):
    """"Victims included a 7-year-old girl and ..." gave nothing: victims with no word of their category take the
    one of the figures told just before them, in the sentence or in the one before it, when those have one
    category (none, or two, leave them without). "Those arrested included" is detained, and the first of two ages
    sharing "-year-old" is no count."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "who", "count"),
    [
        ("Grandparents charged in fatal shooting of Detroit girl, 5", "girl", "Detroit girl"),
        ("The aunt of a slain Baton Rouge police officer spoke out.", "officer", "a slain Baton Rouge police officer"),
        ("A man is charged with killing Long Beach man in a dispute.", "man", "Long Beach man"),
        ("Police are investigating the fatal shooting of a girl, 5.", "girl", "a girl"),
    ],
)
def test_a_place_before_a_victim_noun_is_no_name(text, who, count):
    """"the fatal shooting of Detroit girl, 5" gave a victim named "Detroit" (and, with the place read as the
    victim, the girl's age was read as five more): a victim noun right after capitalised words, after a lowercase
    word, is the victim, and a figure closing the sentence after the noun and a comma is an age."""
    claim = only(text, "killed")
    assert (claim.who, claim.number_text, claim.value) == (who, count, 1)


def test_a_capitalised_word_opening_a_sentence_before_a_victim_noun_is_not_taken_for_a_place():
    assert pairs("Neither officer was injured.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He plotted to kill dozens of soldiers.", set()),
        ("He threatened to kill 20 people.", set()),
        ("The group sought to kill 20 soldiers.", set()),
        ("He is accused of plotting to kill 20 people.", set()),
        ("He threatened to have 20 people arrested.", set()),
        ("He plotted to get a rival killed.", set()),
        ("Dozens of people are likely to be displaced.", set()),
        ("Two men were to be executed.", set()),
        ("Two bodies were found to have been killed by gunfire.", {("killed", 2)}),
        ("Three people are believed to have been killed.", {("killed", 3)}),
        ("At least 20 people are feared to have died.", {("killed", 20)}),
        ("Two people had to be taken to a hospital.", {("injured", 2)}),
    ],
)
def test_counts_under_an_infinitive_of_intent_are_no_claims(text, expected):
    """A count under an infinitive of intent states nothing ("plotted to kill dozens", "threatened to have 20 people
    arrested"), nor one of what is still to come between the victims and the term ("are likely to be displaced",
    "were to be executed"); one of what is known or found keeps its figure ("were found to have been killed")."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police made dozens of arrests.", {("detained", 24)}),
        ("There were nine fatalities and dozens of injuries.", {("killed", 9), ("injured", 24)}),
        ("The attacks claimed dozens of lives.", {("killed", 24)}),
        ("Officials saved hundreds of lives.", set()),
        ("Those arrested numbered 30.", {("detained", 30)}),
        ("The dead numbered at least 40.", {("killed", 40)}),
        ("Police arrested dozens.", {("detained", 24)}),
    ],
)
def test_a_vague_amount_of_casualty_nouns_and_casualties_that_numbered(text, expected):
    """"Police made dozens of arrests" and "Those arrested numbered 30" gave nothing: a vague amount counts the
    casualty noun after "of" as a figure counts the one right after it ("12 arrests"), and the casualties that
    "numbered" a figure are its category, as "the number of dead was" is."""
    assert pairs(text) == expected


# Held-out batch 15: a subgroup of the arrested by nationality, a victim fighting for her life, boats captured, a
# killing earlier in the day told in a sentence about mourners.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the mother who is fighting for her life was shot twice.", {("injured", 1)}),
        ("Two women are fighting for their lives.", {("injured", 2)}),
        ("A 7-year-old boy was clinging to life Wednesday.", {("injured", 1)}),
        ("The family is fighting for justice.", set()),
    ],
)
def test_a_victim_fighting_for_her_life_is_injured(text, expected):
    """"the mother who is fighting for her life" gave nothing: a victim fighting for his, her or their life, or
    clinging to life, is alive and hurt."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The warship captured three boats of the pirates.", set()),
        ("Three boats were captured by the navy.", set()),
        ("The navy seized two ships and arrested 26 pirates.", {("detained", 26)}),
    ],
)
def test_boats_captured_are_no_people_detained(text, expected):
    """"captured three boats of the pirates" gave three people detained: vessels and vehicles after a figure make it
    no count of people."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.",
         {("detained", 23), ("detained", 12), ("detained", 11)}),
        ("Of those arrested, 12 were Somali.", {("detained", 12)}),
        ("Of the four wounded, three worked at the salon.", {("injured", 4), ("injured", 3)}),
        ("Of the 12 victims, three were children.", set()),
        ("Of the 25 homicides this year, 16 occurred in Chester.", set()),
    ],
)
def test_the_parts_of_a_group_named_at_the_opening_take_its_category(text, expected):
    """"Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni" gave only the 23: the figures after
    a group named at the opening of the sentence, smaller than it and tied to nothing else, are its parts."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mourners gathered to mourn the death of a 14-year-old boy who was killed in a shooting earlier in the day.",
         set()),
        ("People gathered for a vigil for a teenager who was killed earlier that day.", set()),
        ("A teenager who was killed earlier in the day was identified.", {("killed", 1)}),
        ("Banks' daughter, Heaven Sutton, was shot and killed in 2012 while selling candy.", set()),
        ("The victim, Malijha Grant, died after she was shot last month.", {("killed", 1)}),
        ("John Smith, who moved to Chicago in 2010, was killed Sunday.", {("killed", 1)}),
    ],
)
def test_a_death_mourned_or_dated_past_the_commas_is_another_event(text, expected):
    """"gathered ... to mourn the death of a 14-year-old boy who was killed ... earlier in the day" and "Banks' 7-year-old
    daughter, Heaven Sutton, was shot and killed in 2012" were read as the report's own deaths: a victim mourned by a
    gathering and killed earlier the same day is another incident (the report tells what befell the gathering), and
    a year right after the verb of a subject set off by commas dates the death to that year (the clause of the
    name alone held no date)."""
    assert {(c.category, c.value) for c in extract_casualties(text) if not c.about_other_event} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commandos captured 12 Somali and 11 Yemeni nationals.", {("detained", 12), ("detained", 11)}),
        ("The strike killed two Israeli and three Palestinian soldiers.", {("killed", 2), ("killed", 3)}),
    ],
)
def test_a_count_whose_noun_the_next_one_names_shares_its_term(text, expected):
    """"seizing 12 Somali and 11 Yemeni nationals" counted the 12 only: a first count followed by a capitalised
    modifier, whose noun the second count names, shares the term before it with the second."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot; one died and the other was wounded.", {("killed", 1), ("injured", 1)}),
        ("They say the other remains in serious condition but is expected to recover.", {("injured", 1)}),
        ("One teenager is dead and another is in critical condition.", {("killed", 1), ("injured", 1)}),
        ("Neither the driver or the other was hurt.", set()),
        ("The teen who shot the other was being held.", {("detained", 1)}),
        ("One suspect is a 26-year-old man; the other is a 20-year-old man.", set()),
    ],
)
def test_the_other_or_another_before_its_verb_is_one_victim(text, expected):
    """"the other remains in serious condition" and "one died and the other was wounded" gave nothing for the other:
    "the other" or "another" right before its verb stands for one victim (not after "or" or "nor", nor as the
    object of a verb before it)."""
    assert pairs(text) == expected


def test_the_members_listed_between_a_group_and_its_verb_take_its_category():
    """"Six people, including two congressmen, two police officers, a congressional aide and a lobbyist, were injured"
    gave the six only: the counts listed after "including" between a group and its verb are its members."""
    text = "Six people, including two congressmen, two police officers, a congressional aide and a lobbyist, were injured."
    assert pairs(text) == {("injured", 6), ("injured", 2), ("injured", 1)}
    assert len([c for c in extract_casualties(text) if c.value == 2]) == 2


def test_a_town_and_its_state_before_the_victim_noun():
    """"Two Marrero, Louisiana men - ... - turned themselves in" gave nothing: a town and its state, set off by a
    comma, may stand before the victim noun."""
    text = "Two Marrero, Louisiana men - Brandon Brown and Deron Bridgewater - turned themselves in on Friday."
    assert pairs(text) == {("detained", 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girl shot at party dies", {("killed", 1)}),
        ("Woman stabbed in Bronx dies", {("killed", 1)}),
        ("Police said a baby shot on Sunday morning has died.", {("killed", 1)}),
        ("Two men shot at a party Saturday died.", {("killed", 2)}),
        ("A man shot the woman who died.", {("killed", 1)}),
    ],
)
def test_a_victim_hit_and_then_dead_in_a_headline(text, expected):
    """"Girl shot at party dies" gave nothing: how the victim was hit ("shot at party", "stabbed in Bronx") may stand
    between the victim and the death, with no word of a clause or an object in between (in "A man shot the woman
    who died" the woman died, not the man)."""
    assert pairs(text) == expected
    assert all(c.number_text != "A man" for c in extract_casualties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of thousands of civilians have been uprooted since June.", {("displaced", 200000)}),
        ("The school was packed with hundreds of people who had fled the fighting.", {("displaced", 200)}),
        ("Thousands were forced to flee.", {("displaced", 2000)}),
        ("About 500 people lost their homes.", {("displaced", 500)}),
    ],
)
def test_people_uprooted_or_who_fled_the_fighting_are_displaced(text, expected):
    """People "uprooted", who "fled the fighting", were "forced to flee" or "lost their homes" are displaced."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man Seriously Wounded In Homan Square Shooting", {("injured", 1)}),
        ("Woman Killed In Queens Hit-And-Run, Driver Charged", {("killed", 1)}),
        ("4 Arrested In Deadly Shooting In Newark", {("detained", 4)}),
        ("Gunman Killed Three Students", {("killed", 3)}),
    ],
)
def test_a_title_case_preposition_after_a_term_is_no_object(text, expected):
    """"Man Seriously Wounded In Homan Square Shooting" gave nothing: a capitalised word after a term that takes an
    object was read as a named object ("two gunmen killed Jamal Berry"), and so the count as the doer; in title-case
    headlines prepositions are capitalised too."""
    assert pairs(text) == expected


def test_a_bare_headline_noun_dead_does_not_undo_an_injured_victim_told_before():
    text = ("The woman suffered non-life-threatening injuries.\n"
            "Related: Woman Killed Outside High School Remembered")
    assert ("injured", 1) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Young person hurt when bullet flies through wall", {("injured", 1)}),
        ("Teen girl dies after shooting", {("killed", 1)}),
        ("Milwaukee woman shot, wounded inside home", {("injured", 1)}),
        ("Neither officer was hurt.", set()),
        ("Tucker's younger brother was killed two weeks earlier.", set()),
        ("THE FATHER OF THE TEEN WHO WAS KILLED SPOKE TO NEWS 4.", set()),
        ("After mother killed by car, bear cubs are raised by caregivers.", set()),
    ],
)
def test_a_headline_victim_noun_after_its_modifiers(text, expected):
    """"Young person hurt when bullet flies through wall" and "Laundromat worker hurt during robbery attempt" gave
    nothing: a headline may open on up to three words that modify the victim noun, the first capitalised (not a
    quantifier, a negation, a pronoun, a preposition or a possessive)."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Felimon Contreras, 29, was killed along with Heriberto Corpus, 20, in a double homicide.", 2),
        ("A man shot in the arm was taken to Stroger Hospital along with a 23-year-old woman shot in the foot.", 2),
        ("The friend was arrested, along with another acquaintance of the teenager.", 2),
    ],
)
def test_someone_named_along_with_the_victim_shares_the_verb(text, expected):
    """"Felimon Contreras, 29, ... was killed along with Heriberto Corpus, 20" gave the first only: someone named
    right after the verb with "along with" or "together with" suffered the same."""
    assert len([c for c in extract_casualties(text) if c.value == 1]) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man accused of fatally shooting a Good Samaritan was arrested.", "a Good Samaritan"),
        ("Officers shot and killed a 16-year-old Kimani Gray in Brooklyn.", "a 16-year-old Kimani Gray"),
    ],
)
def test_an_article_before_capitalised_words_opens_the_victim(text, count):
    """"fatally shooting a Good Samaritan" read the Samaritan as arrested (the term before it did not reach past
    "a"): an indefinite article before capitalised words opens the noun phrase they make."""
    assert only(text, "killed").number_text == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fisherman found the body of a man with a gunshot wound in the river.", {("killed", 1)}),
        ("Officers found the body of 57-year-old Don Smith.", {("killed", 1)}),
        ("He suffered two gunshot wounds and was taken to a hospital.", {("injured", 1)}),
        ("She had three stab wounds.", set()),
    ],
)
def test_the_body_of_a_victim_and_wounds_counted(text, expected):
    """"found the body of a man with a gunshot wound" read the man as injured, and "he suffered two gunshot wounds" as
    two people injured: "the body of" counts its victim as "the bodies of" does, and a figure of wounds counts no
    people."""
    assert pairs(text) == expected


def test_what_was_found_along_with_a_victim_does_not_share_his_death():
    text = "Police found a man shot to death, along with two stabbing victims who had been shot too."
    assert pairs(text) == {("killed", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police took three people into custody.", {("detained", 3)}),
        ("Officers took a 14-year-old male into custody.", {("detained", 1)}),
        ("As police tried to take the man into custody, he shot himself.", set()),
        ("The gunman then took his own life.", {("killed", 1)}),
        ("After killing John Lewis, Syed Farook took one of the trucks.", {("killed", 1)}),
        ("Dozens were left homeless.", {("displaced", 24)}),
    ],
)
def test_took_into_custody_took_his_own_life_and_left_homeless(text, expected):
    """"took three people into custody" gave nothing (the victims stand between "took" and "into custody"), nor did
    "took his own life" or a vague amount "left homeless"; the plain "take" after "tried to" states no detention."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested a 17-year-old in connection with the shooting.", {("detained", 1)}),
        ("Police are investigating the shooting death of a 5-year-old.", {("killed", 1)}),
        ("A 12-year-old boy shot and killed an 11-year-old last Friday.", {("killed", 1)}),
    ],
)
def test_an_age_without_a_noun_before_a_preposition_or_the_end(text, expected):
    """"arrested a 17-year-old in connection with the shooting" gave nothing: an age standing for the victim may be
    followed by a preposition, a time word or the end of the sentence, not only by a verb or a comma."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the injured were in critical condition.", {("injured", 3)}),
        ("One of the wounded has died.", {("killed", 1)}),
        ("Two of the injured men were released.", {("injured", 2)}),
        ("Two of the three victims died.", {("killed", 2)}),
    ],
)
def test_a_part_of_the_casualties_counts_in_their_category(text, expected):
    """"Three of the injured were in critical condition" gave nothing: a figure of the injured, the wounded or the dead
    counts in their category unless its own verb says otherwise ("One of the wounded has died")."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were booked into the county jail.", {("detained", 2)}),
        ("He was taken into police custody.", {("detained", 1)}),
        ("The child was taken into protective custody.", set()),
        ("The quarterback was arrested on suspicion of drunken driving.", {("detained", 1)}),
        ("A turkey hunter was shot and killed Sunday.", {("killed", 1)}),
        ("The suicide bomber killed himself and 20 others.", {("killed", 1), ("killed", 20)}),
        ("At least four hunters - including two in Crawford County - died in unrelated incidents.", {
            ("killed", 4), ("killed", 2)}),
        ("A man was shot dead. Two people - including a boy - died in unrelated incidents.", {("killed", 1)}),
    ],
)
def test_booked_into_jail_roles_as_victims_and_killed_himself_and_others(text, expected):
    """"booked into the county jail", "taken into police custody", victims named by their trade or sport ("The
    quarterback was arrested") and "killed himself and 20 others" gave nothing or less; an incident named after the
    verb of a subject set off by dashes ("died in unrelated incidents") is another event, as a year there is, but in
    the article's first figures it is the round-up the article tells."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were wounded, two of them seriously.", {("injured", 12), ("injured", 2)}),
        ("The shooting claimed the life of a 16-year-old boy.", {("killed", 1)}),
        ("A stray bullet took the life of Amorian Hale.", {("killed", 1)}),
    ],
)
def test_a_part_after_the_verb_and_the_life_of_one_victim(text, expected):
    """"Twelve people were wounded, two of them seriously" gave the twelve only, and "claimed the life of" (one
    victim, beside "claimed the lives of") nothing; an age written with en dashes is no count."""
    assert pairs(text) == expected
    assert ("killed", 20) not in pairs("A shooting claimed the life of 20–year–old, Jose Sanchez.")


def test_a_victim_grazed_by_a_bullet_is_injured():
    assert pairs("A man was grazed by a bullet but was not taken to a hospital.") == {("injured", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miller suffered two fatal gunshot wounds to his back.", "killed"),
        ("Miller suffered two non-fatal gunshot wounds to his back.", "injured"),
    ],
)
def test_fatal_wounds_taken_in_by_a_wildcard_term_kill(text, expected):
    claims = [c for c in extract_casualties("John Miller was shot. " + text) if c.number_text == "Miller"]
    assert [c.category for c in claims] == [expected]


def test_a_disaster_in_a_place_not_named_before_and_it_after_it_are_another_event():
    """"On Saturday, more than a dozen people were killed by a quake in eastern China. It ... left nearly half a million
    homeless", at the end of a report on a quake in Iran, was read as its own: an indefinite disaster or strike as the
    agent of the figures, in a place the article has not named once it has told its own event, is another incident,
    and so is what a sentence opening on "It" right after it tells."""
    text = ("An earthquake hit southern Iran on Sunday, killing at least 10 people.\nThe quake was felt in Dubai.\n"
            "Buildings were evacuated.\nOn Saturday, more than a dozen people were killed by a quake in eastern China.\n"
            "It destroyed thousands of buildings and left nearly half a million homeless.")
    assert pairs(text) == {("killed", 10)}
    assert pairs("A quake struck on Sunday.\nAt least 10 people were killed by a quake in southern Iran.") == {
        ("killed", 10)}


def test_an_age_written_with_en_dashes_makes_a_singular_victim():
    assert only("A shooting claimed the life of a 20–year–old man.", "killed").number_text == "a 20–year–old man"


# Work done once per sentence or found by bisection, with the same answers as the plain scans


def test_clause_breaks_are_found_as_the_plain_scan_finds_them():
    """The clause breaks around a count are found by bisection, as a scan of every break finds them."""
    from workbench.extract.casualties import _break_before, _break_from

    breaks = [3, 9, 10, 27]
    for at in range(-1, 32):
        assert _break_before(breaks, at) == max((b for b in breaks if b < at), default=-1)
        assert _break_from(breaks, at, 99) == min((b for b in breaks if b >= at), default=99)
    assert _break_before([], 5) == -1 and _break_from([], 5, 7) == 7


@pytest.mark.parametrize("name", ["HYPOTHETICAL", "NOT_PEOPLE_AFTER", "NOT_PEOPLE_BEFORE", "DISPUTE",
                                  "BEFORE", "OTHER_EVENT"])
def test_lowercase_forms_match_as_their_patterns_do_on_ascii_text(name):
    """A case-insensitive pattern's lowercase form, on the lowercased text, finds what the pattern finds on the text
    as written, wherever the text is ASCII (the only text it is asked about)."""
    from workbench.extract import casualties

    pattern, lowercase = getattr(casualties, name), getattr(casualties, f"{name}_LOWER")
    lines = [line for text in _gold_texts() for line in text.splitlines() if line.isascii()]
    lines += ["Two Of The Victims DIED, police SAID; the Death Toll Rose To 12.", "AGES 12, 14 AND 15 were hurt"]
    for line in lines:
        for start in range(0, len(line), 7):
            plain, lower = pattern.match(line, start), lowercase.match(line.lower(), start)
            assert (plain and plain.span()) == (lower and lower.span()), (name, line, start)
        found = [m.span() for m in pattern.finditer(line)]
        assert found == [m.span() for m in lowercase.finditer(line.lower())], (name, line)


def test_a_pattern_with_a_capital_or_case_sensitive_part_has_no_lowercase_form():
    import re

    from workbench.extract.casualties import _lowercase_form

    assert _lowercase_form(re.compile(r"(?P<who>men)\s\w+\S", re.I)).flags & re.IGNORECASE == 0
    for source in (r"men\s+[A-Z]", r"men\s+(?-i:[a-z])", "Men"):
        with pytest.raises(AssertionError):
            _lowercase_form(re.compile(source, re.I))


# A wounded victim only referred back to, in an article whose one death is its only casualty, is the dead victim
def test_referred_back_wounded_victim_is_the_one_dead():
    text = "A man was found shot dead near a house on Sunday. Police said he suffered multiple gunshot wounds."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "A man was found shot dead near a house on Sunday. The victim was taken to a hospital."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "A man was found shot dead on Sunday. Police said another man was wounded. He was taken to a hospital."
    assert ("injured", 1) in [(c.category, c.value) for c in extract_casualties(text)]
    text = "A man was found shot dead on Sunday. The victim was taken to a hospital in stable condition."
    assert ("injured", 1) in [(c.category, c.value) for c in extract_casualties(text)]


# Animals named with the victims are no claim, and do not hide the victims listed before them
def test_an_animal_in_a_list_of_victims_is_passed_over():
    text = "Police said the man, his girlfriend and their dog were found dead in the home."
    assert [(c.category, c.value, c.number_text) for c in extract_casualties(text)] == [
        ("killed", 1, "the man"), ("killed", 1, "his girlfriend")]
    text = "A woman and two dogs were killed in the fire."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    assert extract_casualties("Two dogs were also wounded.") == []


# A wounded victim named with a possessive and later reported dead by the same words is killed only
def test_possessive_wounded_victim_later_dead_is_killed_only():
    text = "A man opened fire, injuring his son. His son later died at a hospital."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "The gunman wounded her daughter. Her daughter died on Monday."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]


# Victims found "suffering from a gunshot wound", "with a gunshot wound" after an age alone, "taken in good
# condition to" a hospital, and one who "will survive" are wounded
def test_suffering_from_a_wound_and_taken_in_condition_are_injured():
    for text in ("Officers found a man suffering from a gunshot wound.", "They found a 15-year-old with a gunshot wound.",
                 "The victim was taken in good condition to a hospital.", "Police said the man who was shot will survive."):
        assert [(c.category, c.value) for c in extract_casualties(text)] == [("injured", 1)], text
    text = "Her sister, also suffering from a gunshot wound, was pronounced dead at the scene."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    assert extract_casualties('"He was found by his father, suffering from a gunshot wound," police said.') == []
    # (the dead victim's own noun, found wounded in another sentence, is that death)
    text = "A man was shot and killed on Monday. Officers found a man suffering from a gunshot wound to the head."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "The shooting killed the girl and injured an 8-year-old girl. The girl died at the scene."
    assert ("injured", 1) in [(c.category, c.value) for c in extract_casualties(text)]


# Victims found wounded in one sentence and reported "both" dead in the next are killed only
def test_wounded_pair_then_both_dead_is_killed_only():
    text = "Officers found a woman and her boyfriend with gunshot wounds. Both were pronounced dead at the scene."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 2)]
    text = "A man was hurt and a woman was injured. Both were taken to a hospital where the man died."
    assert ("injured", 1) in [(c.category, c.value) for c in extract_casualties(text)]


# A wounded victim named in an apposition and reported dead in the next sentence by surname or pronoun is killed only
def test_wounded_victim_with_apposed_name_then_dead_is_killed_only():
    text = "Officers found a male employee, John Singh, 24, with a gunshot wound. Singh was pronounced dead at the scene."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "A fourth person, John Roberts, had gunshot wounds to the head. He later died at a hospital."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]


# Held-out batch 17 first-sight fixes: a wound "that resulted in" the victim's death is a death, and a victim named by
# an age alone who "suffered" a wound is wounded
def test_wound_that_resulted_in_death_is_killed():
    text = "Jane Roe, 40, suffered a gunshot wound to the arm that resulted in her death, police said."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "John Doe suffered gunshot wounds which later led to his death."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 1)]
    text = "A 7-year-old suffered a gunshot wound to the foot on Friday."
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("injured", 1)]


# A killing multiplied ("a double murder", "triple homicide", "quintuple murders") counts its dead, but not what it
# would become, nor the members listed after it in a headline
def test_multiplied_killing_counts_its_dead():
    assert pairs("Police are investigating a double murder in the town.") == {("killed", 2)}
    assert pairs("Detectives said the triple-homicide happened on Friday.") == {("killed", 3)}
    assert pairs("CITY QUINTUPLE MURDERS: police named the victims.") == {("killed", 5)}
    assert pairs("Doctors fear the shooting would then be a double homicide.") == set()
    assert ("killed", 1) not in pairs("Town double murder: Man charged with killing neighbours")


# People who flood into, flee to or shelter in camps after a disaster are displaced
def test_people_going_into_camps_are_displaced():
    assert pairs("About 3,000 villagers fled to relief camps after the floods.") == {("displaced", 3000)}
    assert pairs("Some 500 families poured into camps near the coast.") == {("displaced", 500)}
    assert pairs("Nearly 800 people are sheltering in tent camps.") == {("displaced", 800)}


# An attack compared to another some time before it ("comes a month after a gunman killed 20") leaves that other
# attack's dead as another event; an arrest that comes after its own attack does not
def test_attack_coming_some_time_after_another_is_compared():
    claims = extract_casualties("The latest shooting comes two weeks after a gunman killed 12 people at a mall.")
    assert [(c.category, c.value, c.about_other_event) for c in claims] == [("killed", 12, True)]
    claims = extract_casualties("The arrest comes a day after a gunman killed three people at a bar.")
    assert [(c.category, c.value, c.about_other_event) for c in claims] == [("killed", 3, False)]


# Victims killed "along with" others after a place or a relative clause share the verb ("was killed at the store,
# along with two other men", "who was also killed, along with their two children"); those found with the dead do not
def test_killed_along_with_after_place_or_relative_clause():
    assert pairs("John Smith was killed at the store, along with two other men.") == {("killed", 1), ("killed", 2)}
    assert pairs("Neighbours knew Jane Doe, who was also killed, along with their two sons.") == {
        ("killed", 1), ("killed", 2)}
    assert pairs("One man was found dead at the corner, along with two other shooting victims.") == {("killed", 1)}


# An injury named by its kind after "suffered" or "sustained" ("a gash", "cuts", "fractures") is an injury
def test_suffered_a_gash_or_cuts_is_injured():
    assert pairs("An officer suffered a gash on the head when a bottle hit him.") == {("injured", 1)}
    assert pairs("A woman sustained cuts and bruises in the scuffle.") == {("injured", 1)}
    assert pairs("The boy suffered two fractures.") == {("injured", 1)}


# A sentence that refers back to the event of one dated as another before it ("In March last year a quake struck ...
# Three people died in the quake") is that other event's
def test_figures_referring_back_to_a_dated_earlier_event_are_another_event():
    text = ("A quake killed four people on Monday.\nIn March last year a strong quake struck off the coast.\n"
            "Three people died in the quake and its aftershocks.")
    assert [(c.value, c.about_other_event) for c in extract_casualties(text)] == [(4, False), (3, True)]
    text = "Last week, a man was arrested in the case. A second man, 20, was arrested as a suspect in the shooting."
    assert all(not c.about_other_event for c in extract_casualties(text) if c.value == 1 and "second" in c.sentence)


# Names listed in apposition after a counted group are its members, not groups of one beside it ("arrested two
# residents, John Smith, 52, and Tom Brown, 44"); they still carry the verb to the group
def test_names_listing_a_counted_group_are_its_members():
    assert pairs("Police arrested two residents, John Smith, 52, and Tom Brown, 44, on charges of fraud.") == {
        ("detained", 2)}
    assert pairs("Two men, John Smith, 30, and Tom Brown, 25, were arrested.") == {("detained", 2)}
    assert ("detained", 1) in pairs("The father of her two girls, John Smith, was arrested.")


# Two names after "both" are one figure of two ("both John Smith and Tom Brown were killed", "both Smith and Brown
# were arrested"); a clause after the second tells of it alone
def test_both_and_two_names_is_one_figure_of_two():
    assert pairs("Both John Smith and Tom Brown were killed.") == {("killed", 2)}
    assert pairs("John Smith and Tom Brown were charged. Police said both Smith and Brown were arrested.") == {
        ("detained", 2)}
    assert ("killed", 2) not in pairs("Both Tom Smith and John Brown, who was also shot, were taken to a hospital.")


# A part counted of "the dead" before a victim noun is killed ("one of the dead victims", "two of the dead men")
def test_part_of_the_dead_victims_is_killed():
    assert pairs("Police said one of the dead victims was 20.") == {("killed", 1)}
    assert pairs("Two of the dead men were brothers.") == {("killed", 2)}


# A casualty participle that a plural verb follows is the victims' noun, not a verb with an object ("the four wounded
# were taken to hospital"); a group with such a term after a part counted of it is a figure too, and the part takes
# its category ("30 of the 80 wounded remained in hospital")
def test_wounded_as_a_noun_and_a_part_of_a_group_with_a_term():
    assert pairs("The four wounded were taken to a hospital.") == {("injured", 4)}
    assert pairs("The two killed were identified as brothers.") == {("killed", 2)}
    assert pairs("He said 30 of the 80 wounded remained in hospital.") == {("injured", 30), ("injured", 80)}
    assert pairs("The shooter is one of the two dead.") == {("killed", 1), ("killed", 2)}
    assert pairs("Two of the three victims died.") == {("killed", 2)}


# People waiting to be housed after a disaster are displaced ("another 2,000 are waiting to be housed")
def test_waiting_to_be_housed_is_displaced():
    assert pairs("About 500 people are living in tents and another 2,000 are waiting to be housed.") == {
        ("displaced", 500), ("displaced", 2000)}
    assert pairs("Some 300 families are still awaiting housing.") == {("displaced", 300)}


# A place struck months or years after another disaster: the victims of that one are another event ("The island was
# hit two years after a quake killed 20,000 people")
def test_place_struck_years_after_another_disaster_is_another_event():
    claims = extract_casualties("The island was hit almost two years after the city of Bam was destroyed in a quake "
                                "that killed 20,000 people.")
    assert [(c.value, c.about_other_event) for c in claims] == [(20000, True)]
    claims = extract_casualties("The town was struck by a quake that killed 30 people, two years after floods.")
    assert [(c.value, c.about_other_event) for c in claims] == [(30, False)]


# Hospital care for victims whose conditions are said not to be known states no injury (the guidelines' group whose
# outcome is unknown), unless the sentence tells of a hurt
def test_hospital_care_with_conditions_not_known_is_no_injury():
    assert pairs("A gunman shot three people. The victims' conditions weren't immediately known. "
                 "The three victims were taken to the hospital.") == set()
    assert pairs("Their conditions were not known. Two men were hospitalized after they were injured.") == {
        ("injured", 2)}
    assert pairs("Two men were taken to a hospital in critical condition.") == {("injured", 2)}


# A suspect's own verb past what he is charged with is his ("The policeman charged with killing the boy has been
# jailed"), unless a clause of its own comes between ("A father charged with homicide after his daughter was killed")
def test_verb_past_what_a_suspect_is_charged_with():
    assert pairs("The policeman charged with killing the boy has been jailed.") == {("detained", 1), ("killed", 1)}
    assert pairs("A man charged with murder was arrested on Monday.") == {("detained", 1)}
    assert pairs("A father charged with homicide after his daughter was shot and killed admitted it.") == {
        ("killed", 1)}


# A round-up of the other incidents of the same night after the article's own ("Friday was another violent night
# that saw five others shot and wounded") and the shootings after it at other blocks are other events
def test_roundup_of_another_violent_night_is_other_events():
    text = ("A boy was killed in a drive-by shooting in the 700 block of Main Street.\n"
            "Friday was another violent night in the city that saw five others shot and wounded.\n"
            "Two women were shot and wounded inside a house in the 1100 block of Hill Boulevard.\n"
            "The boy's mother was also injured in the 700 block of Main Street.")
    assert [(c.value, c.about_other_event) for c in extract_casualties(text)] == [
        (1, False), (5, True), (2, True), (1, False)]


# A victim noun after a name's possessive is a victim of one, spaced as some wire copy spells it too ("Gray's sister
# was arrested", "Gray ’ s sister"); not with a headline's bare participle, nor in a sentence dated in the past
def test_victim_noun_after_a_names_possessive():
    assert pairs("Kimani Gray was killed by police. Gray ’ s sister was arrested at the protest.") == {
        ("killed", 1), ("detained", 1)}
    assert pairs("Weaver's son was taken to Kings County Hospital in stable condition.") == {("injured", 1)}
    assert pairs("Police: Nicki Minaj's brother arrested on charges") == set()
    assert pairs("In July, Stacy's father died after a long illness.") == set()


# A relative wounded and told of again by a plain noun reported dead in the next sentence is killed only ("injuring
# his son. The boy later died"); a noun of the other sex is someone else
def test_relative_wounded_then_told_dead_by_a_plain_noun():
    assert pairs("A man shot his wife and injured his son. The boy later died at a hospital.") == {("killed", 1)}
    assert pairs("A man injured his son. The girl was killed.") == {("injured", 1), ("killed", 1)}


# Shots heard and weights seized are no people ("a video captured four gunshots", "captured 300 kilograms of
# cocaine"); gunshot victims still are
def test_gunshots_and_weights_are_no_people():
    assert pairs("One cell phone video captured four gunshots.") == set()
    assert pairs("Police captured 300 kilograms of cocaine.") == set()
    assert pairs("Six gunshot victims were brought to the hospital and treated for their injuries.") == {("injured", 6)}


# The home or the scene where victims were shot, and up to eight helper words, may stand between a count and its term
# ("had been shot at the home and were already being treated at hospitals", "were found at the scene dead")
def test_shot_at_the_home_and_being_treated():
    assert pairs("Three other people had been shot at the home and were already being treated at hospitals.") == {
        ("injured", 3)}
    assert pairs("Two men were shot at the scene and taken to Jackson Memorial Hospital.") == {("injured", 2)}
    assert pairs("Three men were found at the scene dead.") == {("killed", 3)}


# A count of victims killed at times apart spans separate events and is not the article's own figure ("Two brothers
# were killed just weeks apart")
def test_victims_killed_weeks_apart_span_other_events():
    claims = extract_casualties("Two brothers were killed just weeks apart in separate shootings.")
    assert [(c.value, c.about_other_event) for c in claims] == [(2, True)]
    claims = extract_casualties("Two men were killed; they lived blocks apart.")
    assert [(c.value, c.about_other_event) for c in claims] == [(2, False)]


# People "seized" are detained when a noun of people or a nationality and such a noun follows the count ("seizing 12
# Somali and 11 Yemeni nationals", "seized two suspects"); goods seized are not ("seized 200 marijuana plants")
def test_people_seized_are_detained():
    assert pairs("Commandos boarded the boat, seizing 12 Somali and 11 Yemeni nationals as well as arms.") == {
        ("detained", 12), ("detained", 11)}
    assert pairs("Troops seized two suspects.") == {("detained", 2)}
    assert pairs("Police seized 200 marijuana plants.") == set()
    assert pairs("Authorities seized more than 400 children and placed them in care.") == set()


# A town named after a part of it ("in southwest Albuquerque") is a place, even when the article's other words make
# it look like a surname ("Calvary Albuquerque Church"), and so it does not break the victims listed after it
def test_town_after_a_part_of_it_is_a_place():
    text = ("Greg Griego, pastor of Calvary Albuquerque Church, was the man who was killed at his home in southwest "
            "Albuquerque, along with an adult female and two juvenile girls.")
    assert pairs(text) == {("killed", 1), ("killed", 2)}
    assert all(c.number_text != "Albuquerque" for c in extract_casualties(text))


# A first name after a relative named by a possessive is the relative's, in apposition: the verb or the relative
# clause after it is the relative's ("his brother Kristian, who was also arrested", "Her son Kodi was wounded"),
# and a day after the noun is no name ("shot his wife Sunday")
def test_first_name_after_a_relative_is_in_apposition():
    assert pairs("Police said his brother Tom, who was also arrested, is a gang member.") == {("detained", 1)}
    assert pairs("Her son Kodi was also wounded in the gunfire.") == {("injured", 1)}
    claims = extract_casualties("Officers found his sister Ann shot to death.")
    assert [(c.category, c.number_text) for c in claims] == [("killed", "his sister")]
    assert pairs("He shot his wife Sunday and fled.") == set()


# Members listed after "including" keep the group's verb past a place or a time told of the one before ("including 2
# men in the parking lot at the time and a woman in a vehicle passing by")
def test_members_listed_past_a_place():
    assert pairs("Three others were wounded, including two men in the parking lot at the time and a woman in a car.") == {
        ("injured", 3), ("injured", 2), ("injured", 1)}
    assert pairs("Two people were killed, including a man in the car and a woman who survived.") == {
        ("killed", 2), ("killed", 1)}


# A bombing of a place the article has not named, with its figures in a clause on it, is another event ("the bombing
# of Guffa in Upper Nile state on Tuesday, which he said killed seven", in a report on a camp bombed elsewhere)
def test_bombing_of_a_new_place_is_another_event():
    text = ("Jets bombed the Yida camp today. No one was hurt in the camp, officials said. Two people were arrested.\n"
            "Kiir said he would not retaliate for the bombing of Guffa on Tuesday, which he said killed seven.")
    assert [(c.value, c.about_other_event) for c in extract_casualties(text) if c.value == 7] == [(7, True)]
    text = ("Jets bombed Guffa today. Two people were arrested.\n"
            "Officials condemned the bombing of Guffa on Tuesday, which killed seven.")
    assert [(c.value, c.about_other_event) for c in extract_casualties(text) if c.value == 7] == [(7, False)]


# A victim who survived an injury or a wound is injured ("survived an injury on her arm", "survived a gunshot wound
# to the back", "all five survived their injuries")
def test_survived_an_injury_is_injured():
    assert pairs("The young girl survived an injury on her arm.") == {("injured", 1)}
    assert pairs("Her boyfriend survived a gunshot wound to the back.") == {("injured", 1)}
    assert pairs("The victims were taken to hospitals, and all five survived their injuries.") == {("injured", 5)}
    assert pairs("The girl survived the crash.") == set()


# Titles or a role between a term and a victim's name leave the name the term's object, and names listed after it
# with titles or roles of their own share the term ("killing Superior Court Judge Rowland Barnes, court reporter Julie
# Ann Brandau, Sheriff's Deputy Sgt. Hoyt Teasley and ..."); not a term opening a headline, an adjective there
def test_titles_between_a_term_and_a_name():
    claims = extract_casualties("He later shot and killed construction worker Jeremy Lewis, 26, police said.")
    assert [(c.category, c.number_text) for c in claims] == [("killed", "Jeremy Lewis")]
    claims = extract_casualties("He was convicted of killing Superior Court Judge Rowland Barnes, court reporter Julie "
                                "Brandau, Deputy Sgt. Hoyt Teasley and a federal agent.")
    assert {c.number_text for c in claims if c.category == "killed"} >= {"Barnes", "Julie Brandau", "Hoyt Teasley"}
    assert extract_casualties("Injured Saints RB Reggie Bush to miss last 2 games") == []


# "Captured" holds people only: not goods counted ("captured 40 firearms", "captured two Yemeni fishing boats") nor
# what a camera caught ("surveillance footage captured the suspect", "the gunman captured on video")
def test_captured_needs_people():
    assert pairs("Police captured 40 firearms.") == set()
    assert pairs("Pirates captured two Yemeni fishing boats.") == set()
    assert pairs("The navy captured 23 Somali and Yemeni pirates.") == {("detained", 23)}
    assert pairs("Troops captured 12 militants.") == {("detained", 12)}
    assert pairs("Surveillance footage captured the suspect leaving the store.") == set()
    assert pairs("Police are checking whether the shooter was captured on video.") == set()
    assert pairs("Police captured the gunman after a chase.") == {("detained", 1)}


# The same after a relative named by a name's possessive ("Gray's sister Mahnefeh was among those arrested", and the
# spaced form of wire copy, "Gray ’ s sister")
def test_first_name_after_a_named_relative_is_in_apposition():
    assert pairs("Gray's sister Mahnefeh was among those arrested.") == {("detained", 1)}
    assert pairs("Gray ’ s sister Mahnefeh was among those arrested.") == {("detained", 1)}


# An aside set off by hyphens with no spaces leaves the group its verb, as a spaced dash does, and the figures in it are
# members of the group ("Four people-one with broken bones, 3 with inspiratory problems-are treated in hospitals");
# a hyphen inside a word is no aside ("people-carriers")
def test_hyphen_aside_without_spaces():
    assert pairs("Four people-two with broken bones, 2 with burns-are treated in nearby hospitals.") == {
        ("injured", 4), ("injured", 2)}
    assert pairs("Two men-both from Ohio-were arrested.") == {("detained", 2)}
    assert pairs("Five people-carriers were damaged.") == set()


# The group after a part keeps its term when a verb follows the term: the verb is no victim noun's ("Two of the three
# killed were teens", "Two of the 16 injured were children")
def test_group_term_then_verb_after_a_part():
    assert pairs("Two of the three killed were teens.") == {("killed", 2), ("killed", 3)}
    assert pairs("Two of the 16 injured were children.") == {("injured", 2), ("injured", 16)}


# A death right after the term of a group that a part is of is the part's: the group keeps its term ("Two of the 16
# injured died": injured 16, killed 2); a group with no part before it is left as it was ("Five injured died")
def test_part_of_injured_group_died():
    assert pairs("Two of the 16 injured died.") == {("killed", 2), ("injured", 16)}
    assert pairs("One of the three wounded later died at the hospital.") == {("killed", 1), ("injured", 3)}
    assert pairs("Five injured died.") == set()


# Arrests in the passive of local police copy: "placed under arrest", "placed in / into custody" are detained ("The
# 15-year-old was placed under arrest"); "protective custody" is no arrest
def test_placed_under_arrest():
    assert pairs("The 15-year-old juvenile was placed under arrest.") == {("detained", 1)}
    assert pairs("Two men were placed in custody.") == {("detained", 2)}
    assert pairs("The boy was placed in protective custody.") == set()


# A month with its year dates another event, as a month alone does ("killed more than 26,000 people in December
# 2003"); a month with a day is a date of the event's own ("killed in a December 26 attack")
def test_month_and_year_dates_another_event():
    assert pairs("A quake killed more than 26,000 people in the city in December 2003.") == set()
    assert pairs("Three people were killed in a December 26 attack.") == {("killed", 3)}


# A victim found wounded who is the one the article reports dead is killed only: a word of the dead victim's noun ("left
# a 16-year-old male juvenile dead ... dispatched for a male with a gunshot wound"), or a name reported dead before
# that the next sentence reports dead ("found a boy suffering from a gunshot wound. Jenkins was later pronounced dead")
def test_found_wounded_is_the_one_dead():
    assert pairs("A shooting left a 16-year-old male juvenile dead. Police were dispatched for a male with a gunshot "
                 "wound.") == {("killed", 1)}
    assert pairs("The shooting killed Tom Jenkins at a home. When police arrived, they found a boy suffering from a "
                 "gunshot wound. Jenkins was later pronounced dead. Another boy said he heard it.") == {("killed", 1)}
    assert pairs("Tom Jenkins was killed and a boy was wounded. Jenkins was later pronounced dead.") == {
        ("killed", 1), ("injured", 1)}


# A number word right after a hyphen that follows a word opens a hyphen aside ("Four people-one with broken bones, 3 with
# burns-are treated"); the tens of a compound number and short words before the hyphen stay part of their word
# ("Twenty-one", "one-on-one")
def test_number_word_after_a_hyphen_aside():
    assert pairs("Four people-one with broken bones, 3 with burns-are treated in hospitals.") == {
        ("injured", 4), ("injured", 1), ("injured", 3)}
    assert pairs("Twenty-one people were killed.") == {("killed", 21)}
    assert pairs("Seven were hurt in one-on-one fights.") == {("injured", 7)}


# A nickname in single quotes inside a name ("Vincent 'The Chin' Gigante dies"), as in double quotes
def test_nickname_in_single_quotes():
    assert pairs("Vincent 'The Chin' Gigante, last of the old bosses, dies") == {("killed", 1)}
    assert pairs("Tom ‘Tommy’ Smith died on Monday.") == {("killed", 1)}


# What the victims belong to, after them and before a plural auxiliary ("Two leaders of polygamous groups with ties
# to Utah have been arrested"); a count that is the whole a part is taken from is none ("three of four members of a
# family were killed")
def test_members_of_a_group_before_the_verb():
    assert pairs("Two leaders of rival groups with ties to Utah have been arrested.") == {("detained", 2)}
    assert pairs("Three members of a family were killed.") == {("killed", 3)}
    assert pairs("Police say three of four members of a family were shot and killed.") == {("killed", 3)}
    assert pairs("The house where eight people were killed, image 102 of 111.") == {("killed", 8)}


# A flight between the victim and the capture or the death that ended it ("The driver fled the scene but was
# apprehended", "ran from officers and was later caught")
def test_flight_before_the_capture():
    assert pairs("The driver fled the scene but was apprehended by police officers.") == {("detained", 1)}
    assert pairs("Two men ran from officers and were later taken into custody.") == {("detained", 2)}
    assert pairs("The gunman took off in a car after the shooting but was captured an hour later.") == {("detained", 1)}


# A war named with two words before it is another event, as one with one ("died in the north-south civil war"); a
# war veteran is no war
def test_war_named_with_two_words():
    assert pairs("Some 2 million people died in the north-south civil war.") == set()
    assert pairs("The 26-year-old Iraq war veteran was arrested.") == {("detained", 1)}


# Surgery for injuries is an injury, as treatment for them ("She was back in surgery Monday morning for injuries to her
# jaw"); "back" before the term is read through ("is back in jail")
def test_surgery_for_injuries():
    assert pairs("She was back in surgery Monday morning for injuries to her jaw.") == {("injured", 1)}
    assert pairs("Two men were in surgery for gunshot wounds.") == {("injured", 2)}
    assert pairs("The doctor was in surgery for hours.") == set()
    assert pairs("Now the rapper is back in jail.") == {("detained", 1)}


# A future that holds the present is read through before the term ("will remain in custody", "will also remain
# hospitalized"); a future arrest is still none
def test_will_remain():
    assert pairs("The suspect will remain in custody until the hearing.") == {("detained", 1)}
    assert pairs("Five will also remain hospitalized.") == {("injured", 5)}
    assert pairs("The suspect will be arrested.") == set()


# Round 8 (held-out batch 22): a wound "sustained" is an injury, as one "suffered" ("sustained a gunshot wound to her
# left arm"); a name inside a sentence's opening source ("According to police spokesman John Lee, ...") is no victim
def test_sustained_a_gunshot_wound():
    assert pairs("John Smith sustained a gunshot wound to her left arm.") == {("injured", 1)}
    assert pairs("A man sustained a single gunshot wound.") == {("injured", 1)}
    assert pairs("A woman sustained a fatal gunshot wound.") == {("killed", 1)}
    claims = extract_casualties("According to police spokesman John Lee, a woman sustained a gunshot wound to the hip.")
    assert [c.who for c in claims] == ["woman"]


# Round 8 (held-out batch 22): a related-story mark may end on a dash after its longer forms ("RELATED ARTICLE - 2
# killed in ..."); a lone "More - " stays the story's own
def test_related_article_dash():
    text = "A man was killed Sunday.\nRELATED ARTICLE - 2 killed in 6 shootings on Sunday\nPolice arrested a man."
    assert pairs(text) == {("killed", 1), ("detained", 1)}
    assert pairs("More - three people were killed in the crash.") == {("killed", 3)}


# Round 9 (gvdb-dev): an age after a copula may be stressed ("when he was only 3", "was just 12"); a figure's
# subject still makes it a count ("the death toll was only 3")
def test_stressed_age_after_copula():
    assert pairs("When he was only 3, his father was shot to death.") == {("killed", 1)}
    assert pairs("When she was just 12, her mother died in a crash.") == {("killed", 1)}
    assert pairs("The victim was barely 16 when he was killed.") == {("killed", 1)}


# Round 9 (held-out batch 22): a reflexive that stresses the subject after its auxiliary is read through before the
# term ("who was himself injured", "were themselves hurt")
def test_stressed_reflexive_before_term():
    assert pairs("The suspect, who was himself injured in the shooting, is in stable condition.") == {("injured", 1)}
    assert pairs("The suspect was himself wounded.") == {("injured", 1)}
    assert pairs("Two officers were themselves hurt.") == {("injured", 2)}
    assert pairs("The suspect shot himself.") == set()


# Round 9 (gvdb-dev): how often a victim was hit may be counted in words ("struck one time", "shot two times") before
# the term that tells how they are
def test_hit_one_time():
    assert pairs("The victim, who was driving, was struck one time and is in critical condition.") == {("injured", 1)}
    assert pairs("The victim was shot two times and is in stable condition.") == {("injured", 1)}
    assert pairs("The victim was shot one time.") == set()


# Round 9 (Gun Violence Corpus): the source of a report is no victim, when a rank's abbreviation comes before its name
# ("According to Troy Police Capt. Bob Redmond, he ...") or a broadcaster is named with a number ("told Region 8 News")
def test_source_rank_and_station_number():
    claims = extract_casualties("According to Troy Police Capt. Bob Redmond, he is expected to survive.")
    assert [c.number_text for c in claims] == ["he"]
    assert pairs("The parents told Region 8 News the boy is expected to survive.") == {("injured", 1)}
    assert pairs("Sources told KHOU 11 News the man was taken into custody.") == {("detained", 1)}
    assert pairs("Three News reporters were injured.") == pairs("Three news reporters were injured.")


# Round 9 (gvdb-dev): a victim "expected to be okay", "OK" or "all right" is injured, as one "expected to survive"
def test_expected_to_be_okay():
    assert pairs("The victim is expected to be okay.") == {("injured", 1)}
    assert pairs("The three other victims are expected to be OK.") == {("injured", 3)}
    assert pairs("Two men were shot and are expected to be all right.") == {("injured", 2)}
    assert pairs("The game is expected to be okay.") == set()


# Round 9 (gvdb-dev): "from" a place after a victim's name is an apposition, as "of" one ("Ward, from Gwynn Oak,"):
# the place is no victim, and the name before it is
def test_from_place_apposition():
    claims = extract_casualties("John Ward, from Gwynn Oak, died at the scene.")
    assert [(c.category, c.number_text) for c in claims] == [("killed", "John Ward")]
    claims = extract_casualties("The victim, 16-year-old John Booher, from Beaver, was shot and killed on Wade Street.")
    assert "Beaver" not in {c.number_text for c in claims}
    assert {(c.category, c.value) for c in claims} == {("killed", 1)}


# Round 10 (held-out batches 23 and 24): a month narrowed by "early", "late" or "mid" dates another event as the
# month alone does at a sentence's opening ("In early March, a gunman shot and wounded three people"); later in the
# sentence it may date the report's own case
def test_narrowed_month_dates_another_event():
    assert pairs("In early March, a gunman shot and wounded three people before killing himself.") == set()
    assert pairs("In mid-April, two men were killed at a party.") == set()
    assert pairs("He is a suspect in the case since the two were shot to death in late March.") == {("killed", 2)}


# Round 10 (held-out batch 23): a hedge on what happened still gives the figure ("at least four people may have been
# injured"); "could have been" and "might have been" may tell what did not happen
def test_may_have_been_hedge():
    assert pairs("Police said at least four people may have been injured.") == {("injured", 4)}
    assert pairs("Four people could have been killed.") == set()
    assert pairs("Four people might have been killed.") == set()


# Round 10 (held-out batch 23): the comma inside a figure breaks no clause, so a second figure of a dated event's
# participle clause is that event's as the first is ("in 2004, killing 170,000 people ... with 35,000 bodies never
# recovered")
def test_figure_comma_breaks_no_clause():
    text = "A quake struck Aceh in 2004, killing 170,000 people in Sumatra alone with 35,000 bodies never recovered."
    assert pairs(text) == set()
    text = "A quake struck Aceh on Sunday, killing 1,200 people in Sumatra alone with 300 bodies never recovered."
    assert pairs(text) == {("killed", 1200), ("killed", 300)}


# Round 10 (held-out batches 23 and 24): a sentence opening on "In that incident," tells the event the sentence before
# named, another event when that one says so ("... another shooting just four blocks away. In that incident, a man
# was killed"); after the report's own event it stays the report's
def test_in_that_incident_after_another():
    text = "Police were called to another shooting four blocks away. In that incident, a man was killed."
    assert pairs(text) == set()
    text = "Police were called to a shooting on Main Street last night. In that incident, a man was killed."
    assert pairs(text) == {("killed", 1)}


# Round 10 (held-out batch 24): an age standing for the victim before a participle is a singular victim ("a
# 17-year-old shot and killed by a police officer", "left a 10-year-old injured"); before an active verb the object
# is the victim
def test_age_noun_before_participle():
    assert pairs("The family of a 17-year-old shot and killed by a police officer hired a lawyer.") == {("killed", 1)}
    assert pairs("A shooting left a 10-year-old injured.") == {("injured", 1)}
    assert pairs("A 17-year-old arrested on Sunday was charged.") == {("detained", 1)}
    assert pairs("A 17-year-old shot a man.") == set()


# Round 10 (held-out batch 23): a surname the article gave in full with a quoted nickname before it names a person
# when it stands alone later ("Egardo “Coco” Perez ... A judge ordered Perez be held"); a closing quotation mark
# before a surname is no nickname
def test_surname_after_nickname():
    text = "Egardo “Coco” Perez, 31, was charged Friday. A judge ordered Perez be held in lieu of a $100,000 bond."
    assert pairs(text) == {("detained", 1)}
    text = 'Jade "Bubba" Jones, 12, was shot. The gun went off, killing Jones.'
    assert pairs(text) == {("killed", 1)}
    assert pairs("“I saw it,” Perez said. Perez was arrested.") == set()


# Round 10 (held-out batch 23): a grave state that holds is a condition of the living, as "in stable condition" ("She is
# in critical, but stable condition", "in serious but stable condition")
def test_critical_but_stable_condition():
    assert pairs("The child was shot in the torso. She is in critical, but stable condition.") == {("injured", 1)}
    assert pairs("Two men were in serious but stable condition.") == {("injured", 2)}


# Round 11 (held-out batch 26): "finally" and "quickly" stand between a victim and the term as "eventually" does ("He
# finally surrendered at noon and was arrested", "The suspect was quickly arrested")
def test_finally_quickly_filler():
    assert pairs("He finally surrendered at noon and was arrested.") == {("detained", 1)}
    assert pairs("The suspect was quickly arrested.") == {("detained", 1)}
    assert pairs("Two men were finally arrested on Monday.") == {("detained", 2)}


# Round 11 (held-out batch 26): arrests as a count noun past "other", after "there was", and "one arrest" in the
# singular ("Two other arrests have been made", "there was one arrest"); an arrest warrant is no arrest, and "more"
# may add to other events ("two more arrests that we've had")
def test_arrests_count_noun():
    assert pairs("Two other arrests have already been made in the case.") == {("detained", 2)}
    assert pairs("Police said there was one arrest.") == {("detained", 1)}
    assert pairs("There has been an arrest.") == {("detained", 1)}
    assert pairs("The raid led to one arrest.") == {("detained", 1)}
    assert pairs("Police issued one arrest warrant.") == set()
    assert pairs("Days after an arrest warrant was issued, he fled.") == set()
    assert pairs("These are just two more arrests that we've had.") == set()


# Round 11 (held-out batch 26): a victim referred back to by a noun and later reported dead under a name set beside
# that noun is killed only ("the child was taken to the hospital ... the child, identified as Landen Smith, had died")
def test_wounded_then_dead_under_apposed_name():
    text = ("A spokesman said the child was taken to the hospital in critical condition. Police later said the child, "
            "identified as Landen Smith, had died from his injuries.")
    assert pairs(text) == {("killed", 1)}
    text = ("A spokesman said the child was taken to the hospital in critical condition. Police said a man, "
            "identified as John Smith, had died.")
    assert pairs(text) == {("injured", 1), ("killed", 1)}


# Round 11 (held-out batch 25): "him" / "her" as the object of a detention term in the past is a detained person
# ("chased down the driver and eventually arrested him", "before apprehending him"); not in a sentence that dates or
# repeats the arrest, not after a present or a habit, and not "her" before a noun
def test_object_pronoun_detained():
    assert pairs("He chased down the driver and eventually arrested him.") == {("detained", 1)}
    assert pairs("Officers chased the man for 30 miles before apprehending him near the city.") == {("detained", 1)}
    assert pairs("Deputies arrested her on Sunday.") == {("detained", 1)}
    assert pairs("Police tried to arrest him.") == set()
    assert pairs("He said the cops keep arresting him.") == set()
    assert pairs("Police arrested him on a drunken-driving charge on March 1, 2000.") == set()
    assert pairs("Police arrested him again in May.") == set()
    assert pairs("A 35-year-old man is in court after police arrested him on Friday.") == {("detained", 1)}


# Round 11 (held-out batch 25): "Dead" and "Hurt" capitalised in a headline are no victim's name ("Leaves Woman Dead
# and 2 Hurt" is two hurt, not one "Dead" hurt)
def test_headline_dead_hurt_not_names():
    assert pairs("Shooting at Office Leaves Woman Dead and 2 Hurt\nA woman was killed.") == {("killed", 1), ("injured", 2)}
    assert pairs("Teen Hurt in Shooting\nThe boy is expected to survive.") == {("injured", 1)}


# Round 11 (held-out batch 26): an age written without hyphens is one modifier of a singular victim ("the murder of his
# then pregnant 20 year old girlfriend", "a 24 year old graduate student has died")
def test_unhyphenated_age_modifier():
    text = "A jury found him guilty of first degree murder of his then pregnant 20 year old girlfriend Jane Doe."
    assert pairs(text) == {("killed", 1)}
    assert pairs("Jane Doe, a 24 year old Iowa graduate student, has died.") == {("killed", 1)}


# Round 11 (held-out batch 25): climbers, mountaineers, hikers and skiers are victim nouns ("Second climber dies at the
# mountain", "recover the body of a climber")
def test_mountain_victim_nouns():
    assert pairs("Second climber dies at the mountain") == {("killed", 1)}
    assert pairs("Rescuers worked today to recover the body of a climber.") == {("killed", 1)}
    assert pairs("An Australian mountaineer died after a fall.") == {("killed", 1)}
    assert pairs("Three climbers were rescued.") == set()


# Round 12 (earlier rounds' faults): a relative clause set off by commas after the victim, with a term of its own,
# leaves the main verb after its closing comma ("The gunman, who was also wounded in the shootout, was arrested")
def test_main_verb_after_comma_relative_clause():
    text = "The gunman, who was also wounded in the shootout, was arrested."
    assert pairs(text) == {("injured", 1), ("detained", 1)}
    assert pairs("A child, who suffered critical injuries, has died.") == {("killed", 1)}
    assert pairs("The gunman, who was wounded in the shootout, fled on foot.") == {("injured", 1)}


# Round 12 (earlier rounds' faults): a court's order that keeps the subject held is detention ("was ordered to remain
# in custody", "was ordered held without bail"); an order to do something else is not
def test_ordered_held():
    assert pairs("The officer was ordered to remain in custody.") == {("detained", 1)}
    assert pairs("The man was ordered held without bail.") == {("detained", 1)}
    assert pairs("The driver was ordered to remain at the scene.") == set()
    assert pairs("The man was ordered to pay a fine.") == set()


# Round 12 (earlier rounds' faults): how a victim got to a named hospital on no one's help stays between the victim and
# the state ("went to Harlem Hospital on his own, and is expected to be okay")
def test_went_to_hospital_on_own():
    text = "The victim went to Harlem Hospital on his own, and is expected to be okay."
    assert pairs(text) == {("injured", 1)}
    assert pairs("The woman drove to Mercy Hospital by herself and was treated for a gunshot wound.") == {("injured", 1)}
    assert pairs("The victim went to Harlem Hospital on his own.") == set()


# Round 12 (held-out batch 20): a verb after "and" with no subject of its own, past a charge that is the suspect's main
# verb, is the suspect's ("has been charged with ... and was ordered to remain in custody"); not past a relative clause
def test_verb_after_charge_and():
    text = "John Smith, 37, has been charged with the killing of a teenager and was ordered to remain in custody."
    assert pairs(text) == {("detained", 1), ("killed", 1)}
    assert pairs("John Smith is charged with manslaughter and is being held without bond.") == {("detained", 1)}
    assert pairs("John Smith was charged with murder and was released on bail.") == set()
    claims = extract_casualties("John Smith was charged with robbing a clerk who fled and was arrested.")
    assert [c.number_text for c in claims] == ["a clerk"]


# Round 12 (gvdb-dev): other people's deaths in the weather, in a report on harm done with a weapon, are another event
# ("at least three other people died during last night's blizzard"); in a report on the storm they are its own
def test_weather_deaths_in_shooting_report():
    text = "A man was shot dead during the storm. At least three other people died during the blizzard."
    assert pairs(text) == {("killed", 1)}
    text = "A man died in the blizzard. At least three other people died during the blizzard."
    assert pairs(text) == {("killed", 1), ("killed", 3)}


# Round 13 (held-out batch 27): a clock time with dotted "a.m."/"p.m." is never a count ("arrested around 2 p.m. at
# his home"), nor is a photo gallery's page number ("Image 1 of 16 A man died")
def test_dotted_clock_time_not_count():
    assert pairs("A teenager was arrested around 2 p.m. at his home.") == {("detained", 1)}
    assert pairs("A woman was fatally shot about 8 p.m. Tuesday.") == {("killed", 1)}
    assert pairs("Two men were arrested at 3 a.m., police said.") == {("detained", 2)}


def test_gallery_page_not_count():
    assert pairs("Image 1 of 12 A man died after a shooting.") == {("killed", 1)}
    assert pairs("Photo 3 of 5 Two people were killed in the crash.") == {("killed", 2)}


# Round 13: a four-digit year after a month and a day is a date, never a count ("May 26, 2016 after a man was
# arrested", "December 26, 2016 A teen died")
def test_year_after_month_day_not_count():
    assert pairs("The chief spoke on May 26, 2016 after a man was arrested at a hotel.") == {("detained", 1)}
    assert pairs("Posted December 26, 2016 A teen died after he was shot.") == {("killed", 1)}
    assert pairs("On Nov. 5, 12 people were killed.") == {("killed", 12)}


# Round 13 (held-out batch 27): a part in the deed between the count and its verb ("two police officers involved in
# Saturday's shooting were arrested", "the man wanted in a shooting has turned himself in")
def test_involved_in_phrase_before_verb():
    assert pairs("Two police officers involved in the shooting were arrested.") == {("detained", 2)}
    assert pairs("Three men suspected of the robbery were arrested Monday.") == {("detained", 3)}
    assert pairs("Two people involved in the crash were killed.") == {("killed", 2)}
    assert pairs("Two officers involved in the shooting were praised.") == set()


# Round 13 (held-out batch 28): a run of capitalised words naming an agency or a school is one modifier of a singular
# victim ("A Los Angeles County Sheriff's Department deputy died", "a 15-year-old Lafayette High School student")
def test_capitalised_run_modifier():
    assert pairs("A Los Angeles County Sheriff's Department deputy died after a shooting Friday.") == {("killed", 1)}
    assert pairs("A San Diego Police Department officer was killed.") == {("killed", 1)}
    assert pairs("A Los Angeles County Sheriff's Department spokesman spoke.") == set()


# Round 14 (held-out batch 30): a finding of the suspect in a verb of its own before the term ("was identified and
# arrested", "was located and taken into custody")
def test_identified_and_arrested():
    assert pairs("John Smith, 23, was identified and arrested near the scene.") == {("detained", 1)}
    assert pairs("The suspect was located and taken into custody.") == {("detained", 1)}
    assert pairs("Two men were located and arrested on Friday.") == {("detained", 2)}
    assert pairs("The victim was identified and his family was notified.") == set()


# Round 14 (held-out batch 29): an apposition that describes a victim at length, a list's commas inside it, before
# the verb ("Bettie Page, the pin-up whose romps with whips, garters and high heels ..., has died")
def test_long_apposition_with_list():
    assert pairs("Jane Doe, the actress whose films about love, loss and home were loved by millions of viewers "
                 "across the country and in many lands far away, has died at the age of 90.") == {("killed", 1)}
    assert pairs("Jane Doe, the singer with hats, gloves and shoes, has died.") == {("killed", 1)}
    assert pairs("John Smith, a 30-year-old man, was shot and killed.") == {("killed", 1)}
    assert pairs("Jane Doe, the singer with hats, gloves and shoes, said she was tired.") == set()


# Round 16 (held-out faults of earlier batches and gvdb-dev): a victim inside a suspect's description is not the
# subject of the suspect's verb ("a man suspected of shooting a 2-year-old was arrested")
def test_victim_in_suspect_description_not_detained():
    assert pairs("Police said a man suspected of shooting a 2-year-old was arrested.") == {("detained", 1)}
    assert pairs("A woman accused of stabbing a neighbour was taken into custody.") == {("detained", 1)}
    assert pairs("A man suspected of killing a woman was arrested.") == {("detained", 1), ("killed", 1)}
    assert pairs("Man charged with assault | An 18-year-old man was arrested recently.") == {("detained", 1)}


# Round 16 (held-out batch 27): an ordinal standing for one more victim, as a term's object or subject ("critically
# wounded a third", "a fourth was injured"), never before a noun or "of" ("a third of the town", "a second time")
def test_ordinal_as_one_victim():
    assert pairs("She killed two of them and critically wounded a third, police said.") == {("killed", 2), ("injured", 1)}
    assert pairs("Three people were killed and a fourth was injured.") == {("killed", 3), ("injured", 1)}
    assert pairs("The flood destroyed a third of the town.") == set()
    assert pairs("He was arrested a second time.") == {("detained", 1)}


# Round 16 (held-out batch 27): a child found injured and reported dead further on by a noun that tells its sex is
# killed only ("found the child injured. The boy ... was later pronounced dead"), not when the death is a condition
def test_child_injured_then_boy_dead():
    assert pairs("Officers found the man deceased and the child injured. The boy was taken to a hospital, where he was "
                 "later pronounced dead, police said.") == {("killed", 1)}
    assert ("injured", 1) in pairs("The child was taken to a hospital with a gunshot wound. Police said charges will "
                                   "follow if the boy dies.")


# Round 15 (held-out batch 31): the plurals of police ranks are victim nouns, as their singulars ("Two deputy
# constables who were wounded have been treated", "Two sergeants were killed")
def test_police_rank_plurals():
    assert pairs("Two deputy constables who were wounded have been treated and released.") == {("injured", 2)}
    assert pairs("Two sergeants were killed in the ambush.") == {("killed", 2)}
    assert pairs("Three lieutenants were arrested on Monday.") == {("detained", 3)}
    assert pairs("Three constables said the road was closed.") == set()


# Round 15 (held-out batch 32): a term after "after being" at the end of the clause of a group that opens the
# sentence ("Around 60 people spent the evening at a day care centre after being evacuated from their homes")
def test_group_verb_then_after_being():
    assert pairs("Around 60 people spent the night at a school after being evacuated from their homes.") == {
        ("displaced", 60)}
    assert pairs("Two men went to hospital after being wounded.") == {("injured", 2)}
    assert pairs("Police shot two men after being wounded.") == set()
    assert pairs("Two gunmen fled the bank after being confronted.") == set()


# Round 15 (held-out batch 32): an aside set off by hyphens with no spaces right after a victim noun, which the
# hyphen glues to the aside's first word ("The three bank workers-two women and a man-were killed")
def test_tight_aside_after_victim_noun():
    assert pairs("The three bank workers-two women and a man-were killed.") >= {("killed", 3), ("killed", 2)}
    assert pairs("Four people-one with broken bones, 3 with burns-are treated.") == {
        ("injured", 4), ("injured", 1), ("injured", 3)}
    assert pairs("Two teen-aged boys were arrested.") == {("detained", 2)}


# Round 18 (held-out batches 33 and 34): detained in other words: "in police custody", and "turned ... into police",
# the common misspelling of "turned ... in to police" ("The alleged shooter is in police custody"); a count after an
# indirect question states nothing ("It is unclear if the shooter is in police custody")
def test_in_police_custody_and_turned_into_police():
    assert pairs("The alleged shooter is in police custody.") == {("detained", 1)}
    assert pairs("Two men turned themselves into police without incident.") == {("detained", 2)}
    assert pairs("The suspect turned himself into Huntsville Police on Friday.") == {("detained", 1)}
    assert pairs("The quiet town turned into a crowded market.") == set()
    assert pairs("It is unclear if the shooter is in police custody.") == set()
    assert pairs("Police did not say whether the two men were arrested.") == set()


# Round 18 (held-out batch 34): a flight before the capture with an adverb before it and an aside set off by commas
# in it ("Hopkins then fled into the cold night, without even a jacket, and was arrested")
def test_flight_with_adverb_and_aside_then_arrest():
    assert pairs("John Smith, 41, opened fire. Smith then fled into the night, without a coat, and was arrested an "
                 "hour later.") == {("detained", 1)}
    assert pairs("The man then fled on foot and was arrested nearby.") == {("detained", 1)}
    assert pairs("The gunman then fled, and the victim was taken to a hospital.") == {("injured", 1)}


# Round 18 (held-out batch 33): a figure fronted as the object before the subject that did it counts the victims, not
# the subject ("Two, she shot and killed there in the room")
def test_fronted_object_figure():
    assert pairs("Two, she shot and killed there in the room.") == {("killed", 2)}
    assert pairs("Three, the gunman shot and wounded in the hall.") == {("injured", 3)}
    assert pairs("Two people were hurt. She was killed.") == {("injured", 2), ("killed", 1)}


# Round 18 (held-out batch 31): a group opening the sentence after "Out of" and split into parts, its figure tied by
# an adjective ("Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen")
def test_out_of_group_split():
    assert pairs("Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen.") == {
        ("detained", 23), ("detained", 12), ("detained", 11)}
    assert pairs("Out of 10 people questioned, two were released.") == set()
    assert pairs("Out of respect, two men were arrested.") == {("detained", 2)}


# Round 18 (held-out batch 34): a surname in capitals after a given name, as police releases write it, is a name
# ("Tyreek VINING and Deangelo ROBERTSON turned themselves into police")
def test_capitalised_surname_name():
    assert pairs("On Friday, Tyreek VINING and Deangelo ROBERTSON turned themselves in.") == {("detained", 1)}
    assert pairs("Elliot JOHNSON was arrested on Monday.") == {("detained", 1)}
    assert pairs("On Friday, POLICE ARRESTED nobody.") == set()


# Round 18 (held-out batch 31): "deceased" before a victim noun right after "identified" counts the dead ("identified
# the second deceased victim as Eugene Linscomb"), not elsewhere nor for another's relative
def test_identified_deceased_victim():
    assert pairs("The medical examiner identified the second deceased victim as John Smith.") == {("killed", 1)}
    assert pairs("Police identified the two deceased victims as John Smith, 31, and Bob Jones.") == {("killed", 2)}
    assert pairs("Police identified the deceased man's brother as John Smith.") == set()
    assert pairs("She visited her deceased husband.") == set()


# Round 17 (held-out batches 33 and 34): victims shot and alive. "Shot but survived" / "shot and survived" in one
# clause is injured ("Three other men were also shot but survived"); a count word right before a number makes that
# number its age, and two counts side by side are no one number ("two eighteen years old, one nineteen")
def test_shot_but_survived():
    assert pairs("Three other men were also shot but survived.") == {("injured", 3)}
    assert pairs("A woman was shot and survived, police said.") == {("injured", 1)}
    assert pairs("Two men were shot and killed.") == {("killed", 2)}
    assert ("injured", 20) not in pairs("Three men, two eighteen years old, one nineteen, were also shot but survived.")
    assert ("injured", 19) not in pairs("Three men, two eighteen years old, one nineteen, were also shot but survived.")


# Round 17 (held-out batch 33): hospital updates of survivors are injured ("has been released from the hospital",
# "have been upgraded to stable condition"), not a release from a mental hospital; a singular name right before
# ", and were" is not the plural verb's subject
def test_released_or_upgraded_survivors():
    assert pairs("The other two male victims have been upgraded to stable condition.") == {("injured", 2)}
    assert pairs("One victim has been released from the hospital.") == {("injured", 1)}
    assert pairs("Two others were discharged from the hospital on Monday.") == {("injured", 2)}
    assert pairs("John Smith, 23, was released from secure mental hospital.") == set()
    assert pairs("Two men suffered injuries in the shooting, which followed a show by the rapper John Smith, and were "
                 "released from the hospital.") == {("injured", 2)}


# Round 17 (held-out batch 33): a count before an age compound and a victim noun counts that noun ("One 23-year-old man
# is in critical condition", "Two 16-year-old boys were fatally shot"); two bare numbers side by side still do not
def test_count_before_age_compound():
    assert pairs("One 23-year-old man is in critical condition.") == {("injured", 1)}
    assert pairs("Two 16-year-old boys were fatally shot.") == {("killed", 2)}
    assert pairs("Two 15-year-old males were arrested.") == {("detained", 2)}
    assert pairs("Two 5 people were hurt.") == set()


# Round 17 (held-out batch 33): a victim who "is stable" is injured ("a 34-year-old man is stable", "the other two
# are stable"), not a state of mind ("he was stable with no evidence of imminent harm")
def test_victim_is_stable():
    assert pairs("A 34-year-old man is stable.") == {("injured", 1)}
    assert pairs("Two are in critical condition and the other two are stable.") == {("injured", 2)}
    assert pairs("Doctors found a man was stable with no evidence of imminent harm.") == set()
    assert pairs("Two horses were kept in a stable.") == set()


# Round 17 (held-out batch 33): a victim who was grazed is injured wherever the graze is ("was grazed in the cheek"),
# not the one who fired ("a gunman grazed his scalp")
def test_victim_was_grazed():
    assert pairs("An 11-year-old girl was grazed in the cheek.") == {("injured", 1)}
    assert pairs("Two women were grazed and treated at the scene.") == {("injured", 2)}
    assert pairs("A gunman grazed his scalp with a bullet.") == set()


# Round 17 (held-out batch 33): victims who arrived at or walked into a hospital with injuries are injured ("three
# other victims ... arrived at area hospitals with non life threatening injuries")
def test_arrived_with_injuries():
    assert pairs("Three other victims arrived at area hospitals with non life threatening injuries.") == {("injured", 3)}
    assert pairs("A man walked into a local hospital with injuries.") == {("injured", 1)}


# Round 20 (held-out batch 36): a term put first, opening the sentence or after "also", counts the victims after
# "were/was" ("Also wounded were four patrons", "Killed was a 20-year-old man"); not a relative clause cut short
def test_term_put_first():
    assert pairs("Also wounded were four patrons.") == {("injured", 4)}
    assert pairs("Killed was a 20-year-old man.") == {("killed", 1)}
    assert pairs("Wounded were three officers and a bystander.") == {("injured", 3), ("injured", 1)}
    assert pairs("Those who were killed were two men.") == set()


# Round 20 (held-out batch 36): a recap of the day's crime (a round-up video's caption) tells of other events ("reporter
# recaps the overnight crime, including ... a boy killed"); a plain "to recap" still counts
def test_crime_recap_other_event():
    claims = extract_casualties("A reporter recaps the weekend violence, including a teenager killed in a shooting.")
    assert [c.about_other_event for c in claims] == [True]
    assert pairs("To recap, two men were killed.") == {("killed", 2)}


# Round 20 (held-out batch 36): a name between "took" and "into custody" is detained ("took Jenkins into custody"),
# the lone surname when the article names the person in full; not an attempt ("tried to take ... into custody")
def test_took_name_into_custody():
    assert pairs("Troopers took John Jenkins into custody.") == {("detained", 1)}
    assert pairs("John Jenkins fled. Troopers immediately took Jenkins into custody without incident.") == {
        ("detained", 1)}
    assert pairs("Officers tried to take John Jenkins into custody.") == set()


# Round 20 (held-out batch 36): "leaders", the plural of the singular row, names the victims after a figure ("2
# polygamous leaders arrested in Canada")
def test_leaders_plural():
    assert pairs("2 polygamous leaders arrested in Canada") == {("detained", 2)}
    assert pairs("Two religious leaders were arrested.") == {("detained", 2)}


# Round 20 (held-out batch 36): a plural inside a relative clause is not the subject of the singular verb after it
# ("The leader who has admitted having dozens of children was arrested": the leader, not the children)
def test_plural_in_relative_before_singular_verb():
    assert pairs("The leader who has admitted having dozens of children was arrested Wednesday.") == {("detained", 1)}
    assert pairs("Police said two men who fled were arrested.") == {("detained", 2)}


# Round 20 (held-out batch 36): a victim "stabilized at" a hospital is injured ("three others were stabilized at
# Gary Methodist"); a situation stabilized is not
def test_stabilized_at_hospital():
    assert pairs("Three others were stabilized at a hospital.") == {("injured", 3)}
    assert pairs("The situation was stabilized at noon.") == set()


# Round 19 (held-out batches 33-35): a group told "shot" is injured when the article tells its survival further on
# and no death ("four people were shot ... expected to recover"), or in the same clause ("were also shot but
# survived"); not with a death anywhere ("one fatally"), a survival told before it, or another event's group
def test_shot_group_alive():
    assert pairs("Four people were shot at a party. The victims are expected to recover.") == {("injured", 4)}
    assert pairs("Four People Shot In Park\nPolice said their wounds were non-life-threatening.") == {("injured", 4)}
    assert pairs("Three other men, two of them brothers, were also shot but survived.") == {("injured", 3), ("injured", 2)}
    assert pairs("Four people were shot at a party, one fatally. The others are expected to recover.") == {("killed", 1)}
    assert ("injured", 4) not in pairs("Four people were shot at a party. One later died; two are in stable condition.")
    assert pairs("Four people were shot at a party.") == set()
    assert ("injured", 2) not in pairs("Two men shot a clerk. The clerk is expected to recover.")
    assert ("injured", 3) not in pairs("Three men were shot in a separate incident. All are in stable condition.")
    assert ("injured", 3) not in pairs("Two are in stable condition. Later, three men were shot at a bar.")


# Round 21 (held-out batches 37 and 38): a count after "might/could/would have been" is a guess with no figure
# ("There might have been two people killed"); "may have been" still gives it
def test_count_after_might_have_been():
    assert pairs('"There might have been two people killed," he said.') == set()
    assert pairs("There could have been 20 people hurt.") == set()
    assert pairs("At least four people may have been injured.") == {("injured", 4)}


# Round 21: a group told "killed and injured" (or "wounded or killed") together has mixed outcomes and gives no
# figure for either; a second verb with its own object still counts
def test_killed_and_injured_group():
    assert pairs("The two other victims killed and injured in the crossfire were men.") == set()
    assert pairs("Five adults were wounded or killed by stray bullets.") == set()
    assert pairs("The shooting left eight people injured and killed a man.") == {("injured", 8), ("killed", 1)}
    assert pairs("Two people were killed and three injured.") == {("killed", 2), ("injured", 3)}


# Round 21: a group "sent to the hospital" by the event is injured ("sent four people in their twenties to the
# hospital", "sending five men to the hospital"); a group driven there is not
def test_sent_to_hospital():
    assert pairs("The gunfire sent five men to the hospital.") == {("injured", 5)}
    assert pairs("A shooting sent four people in their twenties to the hospital.") == {("injured", 4)}
    assert pairs("Gunfire erupted, sending two men and a woman to area hospitals.") == {("injured", 2), ("injured", 1)}
    assert pairs("He drove two friends to the hospital.") == set()


# Round 21: a relative clause that describes at length, past 90 characters with no full stop, still lets the
# name's own verb follow ("Bettie Page, whose ... made her a cult favorite, died")
def test_long_relative_before_verb():
    assert pairs("Jane Roe, whose trademark dark hair and risque photographs and films of the fifties made her a cult "
                 "favorite, died Thursday night.") == {("killed", 1)}


# Round 21: a town's region set off by commas ("in Bountiful, British Columbia,", "of Dayton, Ohio,") leaves the
# group its verb and is no named person
def test_town_region_in_subject():
    assert pairs("Two leaders of rival factions in Bountiful, British Columbia, have been arrested.") == {("detained", 2)}
    assert pairs("Two men from Dayton, Ohio, were arrested.") == {("detained", 2)}
    assert pairs("John Smith of Dayton, Ohio, was killed.") == {("killed", 1)}


# Round 21: a participle after a clause that only describes ("the largest recorded") belongs to the event dated in
# the clause before it, a full date with its year written with or without a space ("on Oct. 10,2002")
def test_dated_event_past_describing_clause():
    text = ("A quake struck the town on Monday, killing four people. An earlier quake occurred on Oct. 10,2002, "
            "the largest recorded at magnitude 7.6, killing three people.")
    assert pairs(text) == {("killed", 4)}


# Round 21: victims who "remain at the hospital" are injured, as those "in the hospital"
def test_remain_at_hospital():
    assert pairs("Seven victims still remain at the hospital.") == {("injured", 7)}
    assert pairs("Three victims remained at the hospital Monday night.") == {("injured", 3)}


# Round 23: "he and three others" counts him too (four people), in a tied count and in a shot group read from
# survival told further on
def test_pronoun_and_others():
    assert pairs("He and two other people are in stable condition.") == {("injured", 3), ("injured", 2)}
    assert pairs("The pastor was preaching when he and eight others were killed.") == {("killed", 9), ("killed", 8)}
    assert pairs("Police said she and three others were shot on Sunday. All are expected to survive.") == {
        ("injured", 4), ("injured", 3)}
    assert pairs("Police said three others were shot on Sunday. All are expected to survive.") == {("injured", 3)}


# Round 23: a participle phrase after the victims ends at the first finite verb: "Four men playing dice were shot and
# one was killed" is no death of the four
def test_participle_ends_at_finite_verb():
    assert pairs("Four men playing dice were shot and one was killed.") == {("killed", 1)}
    assert pairs("Two men sitting in a car were killed.") == {("killed", 2)}


# Round 23: two hospital conditions joined by "or" ("five are in good or fair condition") and "had a minor injury"
# are injured
def test_condition_pair_and_minor_injury():
    assert pairs("Of those, five are in good or fair condition, while two remain in serious condition.") == {
        ("injured", 5), ("injured", 2)}
    assert pairs("Three victims were in serious or critical condition.") == {("injured", 3)}
    assert pairs("The boy had a minor injury to his thigh.") == {("injured", 1)}


# Round 23: a victim's home town set off by a comma between the name and the "with" of a wound ("found John Smith,
# Newton with a gunshot wound") leaves the name its wound
def test_hometown_before_wound():
    assert pairs("Deputies found John Smith, Newton with a gunshot wound to his right calf.") == {("injured", 1)}
    assert pairs("Officers found John Smith, Newton, Kan., with a gunshot wound.") == {("injured", 1)}


# Round 23: a part of a group that a relative clause tells a term of shares it ("One of two men who were shot to
# death has been identified": killed 1 and killed 2)
def test_part_of_described_group():
    assert pairs("One of two men who were shot to death Friday night has been identified.") == {
        ("killed", 1), ("killed", 2)}
    assert pairs("She was one of six people who were wounded.") == {("injured", 1), ("injured", 6)}
    assert pairs("One of two men shot Friday has been identified.") == set()


# Round 23: "another" after "and" before a bare participle takes the helper of the clause before it ("two people were
# killed and another wounded")
def test_another_gapped_participle():
    assert pairs("Two people were killed and another wounded in a shooting.") == {("killed", 2), ("injured", 1)}
    assert pairs("A man was killed and another critically injured.") == {("killed", 1), ("injured", 1)}
    assert pairs("He shot one man and another wounded him.") == set()


# Round 23: a headline's tally of figures set off by commas ("2 Dead, 1 Wounded in Shooting") is no name and age
def test_headline_tally_after_comma():
    assert pairs("2 Dead, 1 Wounded in Shooting at Plant") == {("killed", 2), ("injured", 1)}
    assert pairs("1 Officer Killed, 1 Wounded in Shooting") == {("killed", 1), ("injured", 1)}
    assert ("injured", 1) not in pairs("17-Year-Old Killed, 3 Hurt in Shooting Near School")
    assert pairs("John Smith, 25, was killed.") == {("killed", 1)}


# Round 24: an age after a name's suffix with no comma before it ("Jr. 26,") is an age, not a count, and each named
# person of the pair is a group of one
def test_age_after_name_suffix():
    assert pairs("Tom Green, 30, and Paul Brown Jr. 30, were also hurt.") == {("injured", 1)}
    assert pairs("Paul Brown Sr. 61, was arrested.") == {("detained", 1)}
    assert pairs("Paul Brown III 44, was killed.") == {("killed", 1)}


# Round 24: "remanded" (in custody, to jail) is detained; remanded on bail, or a case remanded for a new trial, is not
def test_remanded_detained():
    assert pairs("A woman has been remanded in custody after being charged with arson.") == {("detained", 1)}
    assert pairs("Two men were remanded to jail on Friday.") == {("detained", 2)}
    assert pairs("A 30-year-old man was remanded on conditional bail.") == set()
    assert pairs("The man was remanded for a new trial.") == set()


# Round 24: "Both" or "The two" opening the sentence right after one that reports two dead, and only dead, tells the
# injuries of the dead (killed only)
def test_injuries_of_the_two_dead():
    assert pairs("The bodies of Jane Roe, 58, and Mary Roe, 20, were found on Monday. Both had suffered head "
                 "injuries.") == {("killed", 1)}
    assert pairs("Two men were found dead in a car. The two had suffered gunshot wounds.") == {("killed", 2)}
    assert pairs("Two people were killed and two were injured. Both had suffered burns.") == {("killed", 2),
                                                                                            ("injured", 2)}


# Round 24: a death noun identified by name ("identified the fatality as", "The deceased victim has been identified
# as") is one person killed; "the deceased" named as no one ("the families of the deceased") is no figure
def test_identified_fatality():
    assert pairs("The coroner identified the fatality as 30-year-old Jane Roe.") == {("killed", 1)}
    assert pairs("Police identified the deceased as John Roe, of Springfield.") == {("killed", 1)}
    assert pairs("The deceased woman has been identified as Mary Roe, 52.") == {("killed", 1)}
    assert pairs("The families of the deceased were told on Monday.") == set()


# Round 24: deaths "so close together" are a tally of separate events, as deaths "days apart" are
def test_deaths_close_together_tally():
    text = "A climber died in a fall on Sunday. Two deaths so close together was unusual, police said."
    assert pairs(text) == {("killed", 1)}


# Round 24: a shot group with an aside set off by dashes, whose survival its own paragraph tells, is injured, and so
# are the aside's groups; a death told only in another paragraph, of no figure of the event, does not stop it
def test_shot_group_dash_aside_alive():
    text = ("Police said that five others — three women and two men — had been shot. One was in critical condition, "
            "while the others were in stable condition.\n\nThe city has struggled with its homicide rate.")
    assert pairs(text) == {("injured", 5), ("injured", 3), ("injured", 2), ("injured", 1)}
    died = ("Police said that five others — three women and two men — had been shot. One was in critical condition, "
            "while the others were in stable condition.\n\nOne of them later died.")
    assert ("injured", 5) not in pairs(died)


# Round 25: people "moved from their homes" are displaced, as those "evacuated" or "forced from their homes"
def test_moved_from_homes():
    assert pairs("Forty residents were moved from their homes after the blaze.") == {("displaced", 40)}


# Round 25: a month in "As we first reported in July," dates the outlet's report, not another event; a month that
# dates the count itself still does
def test_month_of_report_is_own_event():
    assert pairs("As we first reported in July, two boys were found dead in a car.") == {("killed", 2)}
    assert pairs("As previously reported in May, a man was killed near the park.") == {("killed", 1)}
    assert pairs("Police reported that two boys were found dead in July.") == set()


# Round 25: a bare role noun between a term and the name it counts ("the death of teenager John Smith")
def test_bare_role_before_name():
    assert pairs("Protests went on since the death of teenager John Smith.") == {("killed", 1)}
    assert pairs("He met student John Smith in Athens.") == set()


# Round 25: a group "involved in" the event keeps its verb after "have" as after "were" ("The two officers involved in
# the shooting have been arrested")
def test_involved_group_have_been():
    assert pairs("The two officers involved in the boy's shooting have been arrested.") == {("detained", 2)}
    assert pairs("Three men suspected of the robbery have been detained.") == {("detained", 3)}


# Round 25: a name told close to a death told of "she" / "he", in an article whose only figure is that death, is the
# dead victim, not a second one wounded
def test_named_wounded_near_pronoun_death():
    assert pairs("Jane Roe, 8, was shot in the head on Wednesday. She died Friday. Roe was in critical condition "
                 "since Wednesday.") == {("killed", 1)}


# Round 25: words before "critical condition" ("in extremely critical condition") keep it an injury
def test_words_before_critical_condition():
    assert pairs("Two people were hurt. One of them is listed in 'extreme' critical condition.") == {
        ("injured", 2), ("injured", 1)}
    assert pairs("A man was in very critical condition on Sunday.") == {("injured", 1)}
    assert pairs("Two people were hurt. One of them is listed in ‘extreme’ critical condition.") == {
        ("injured", 2), ("injured", 1)}


# Phrasing sweep: custody after a court's remand ("remanded in custody", "sent to judicial custody") and a pick-up by
# police are detained
def test_sweep_remanded_and_picked_up():
    assert pairs("Both men were remanded in custody.") == {("detained", 2)}
    assert pairs("He was remanded in judicial custody.") == {("detained", 1)}
    assert pairs("Five men were sent to 14-day judicial custody.") == {("detained", 5)}
    assert pairs("A suspect was picked up by police on Tuesday.") == {("detained", 1)}
    assert pairs("The parcel was picked up by a courier.") == set()


# Phrasing sweep: people moved or relocated from their homes, or to relief camps or shelters, are displaced
def test_sweep_moved_from_homes():
    assert pairs("Hundreds of residents were moved from their homes.") == {("displaced", 200)}
    assert pairs("About 400 people were relocated to relief camps.") == {("displaced", 400)}
    assert pairs("Some 300 families were relocated from their homes.") == {("displaced", 300)}


# Phrasing sweep: people burned alive or martyred (South Asian usage for soldiers and police killed) are killed
def test_sweep_burned_alive_martyred():
    assert pairs("Nine people were burnt alive when the bus caught fire.") == {("killed", 9)}
    assert pairs("Four jawans were martyred in the encounter.") == {("killed", 4)}
    assert pairs("He narrowly escaped being burned alive.") == set()


# Phrasing sweep: people who needed or required hospital treatment are injured
def test_sweep_needed_hospital_treatment():
    assert pairs("Ten people needed hospital treatment.") == {("injured", 10)}
    assert pairs("Two people required hospital treatment for smoke inhalation.") == {("injured", 2)}
    assert pairs("Nobody needed hospital treatment.") == set()


# Phrasing sweep: people who took refuge or were sheltered in relief camps are displaced
def test_sweep_refuge_in_relief_camps():
    assert pairs("Some 1,500 people have taken refuge in relief camps.") == {("displaced", 1500)}
    assert pairs("Over 2,000 people took refuge in 12 relief camps.") == {("displaced", 2000)}
    assert pairs("Two men took refuge in a church.") == set()


# Phrasing sweep: a suspect booked on charges is detained (US copy, as "booked into jail"), and people relocated to
# camps displaced
def test_sweep_booked_on_charges_relocated_to_camps():
    assert pairs("The teen was booked on charges of aggravated assault.") == {("detained", 1)}
    assert pairs("The man was booked on murder charges.") == {("detained", 1)}
    assert pairs("The band was booked on short notice.") == set()
    assert pairs("About 400 people were relocated to temporary camps.") == {("displaced", 400)}


# Round 26: figures of other events. An earlier attack after "came ... weeks after", its attacker described at length
def test_came_after_long_description():
    assert pairs("Two guards were shot dead on Monday. The attack came just days after a man who had been fired from a "
                 "Denver, Colo., warehouse fatally shot five people, then himself.") == {("killed", 2)}
    assert pairs("The attack came hours after the truce began, killing three people.") == {("killed", 3)}


# Round 26: a bombing of a place not named before, its figures in a participle ("accused ... of bombing the area of
# X, killing seven")
def test_bombing_new_place_participle():
    assert pairs("Jets bombed the Dara camp on Friday, killing four refugees. The president also accused the army of "
                 "bombing the Tulo district of Upper Nile last week, killing at least nine people.") == {("killed", 4)}


# Round 26: "It" after a sentence naming the last such event by a date tells that event's figures
def test_it_after_last_event_dated():
    text = ("A quake killed three people in the north on Sunday. Officials said the region often shakes. The last "
            "strong quake to hit the region was in March, when a tremor rocked a small town. It killed 40 people "
            "and injured more than 200.")
    assert pairs(text) == {("killed", 3)}


# Round 26: a number after a capitalised word names a broadcaster or a model, not people
def test_station_and_model_numbers():
    assert pairs("His family confirmed to Dayton 7 that he was hurt.") == {("injured", 1)}
    assert pairs("A police officer told Reuters 15 were killed.") == {("killed", 15)}
    assert pairs("The one feature the Pearl 8100 is missing is a camera.") == set()


# Round 26: tapes that "captured" someone recorded them
def test_tapes_captured():
    assert pairs("The secret tapes captured the chief of staff discussing the plan.") == set()
    assert pairs("Soldiers captured the rebel commander.") == {("detained", 1)}


# Round 26: an "attempted murder of" one victim kills no one; the victims named after "the quadruple murders of" are
# the four, no figures of their own
def test_attempted_murder_and_multiple_named():
    assert pairs("The trial concerns the attempted murder of one man.") == set()
    assert pairs("The trial concerns the triple murders of John Smith, age 41, Bob Jones, age 26, and Ann Lee, "
                 "age 35.") == {("killed", 3)}
    assert pairs("The trial concerns the murders of John Smith, age 41, and Bob Jones, age 26.") == {("killed", 1)}


# Round 26: a relative clause on "whose" between a count and its verb, whose own verb comes first
def test_whose_clause_before_verb():
    assert pairs("Three men whose names remain unknown were detained on Friday.") == {("detained", 3)}
    assert pairs("Two women whose husbands were killed have sued.") == set()
    assert pairs("They helped a couple whose sons were badly hurt in a crash.") == set()
    assert pairs("Only a mother whose son has been killed can know this pain.") == set()


# Round 26: a possessive before the count ("killed her two daughters"); a subject pronoun, or the subject after a
# fronted clause's comma, is no coordinated victim; a new actor "Later that month," reports another incident
def test_possessive_count_and_clause_subjects():
    assert pairs("The man shot and killed his three sons before killing himself.") == {("killed", 3), ("killed", 1)}
    assert pairs("He shot and killed two men and he wounded a woman.") == {("killed", 2), ("injured", 1)}
    assert pairs("After the deaths of her 2 sons, a woman asks for help.") == {("killed", 2)}
    assert pairs("A man killed a woman on June 2. Later that month, a Dover man killed his two brothers.") == {
        ("killed", 1)}


# Round 26: "the death investigation of" counts the dead as "the death of" does
def test_death_investigation_of():
    assert pairs("Deputies opened a death investigation of a 30-year-old woman on Monday.") == {("killed", 1)}


# Round 27: an arrangement to have people killed is an intent, as a plot is, and so is a count in an "including"
# aside after its victims
def test_round27_arranged_to_have_killed():
    assert pairs("He arranged to have two witnesses killed.") == set()
    assert pairs("He arranged to have witnesses, including those two young girls, killed.") == set()
    assert pairs("He plotted to have witnesses, including two girls, killed.") == set()
    assert pairs("Six people, including two girls, were killed.") == {("killed", 6), ("killed", 2)}


# Round 27: a victim noun after a short prefix and a hyphen counts as the plain noun ("half-brothers")
def test_round27_hyphenated_victim_noun():
    assert pairs("His two half-brothers, 17 and 22, were also arrested.") == {("detained", 2)}
    assert pairs("Two step-sons were arrested.") == {("detained", 2)}


# Round 27: a victim "still on life support" is injured
def test_round27_still_on_life_support():
    assert pairs("One man was killed and another woman is still on life support.") == {("killed", 1), ("injured", 1)}
    assert pairs("He was taken off life support on Monday.") == {("killed", 1)}


# Round 27: victims of events referred back to in the plural ("in those bombings") are another event's
def test_round27_those_events_are_other():
    assert pairs("The president said that seven people were killed in those bombings.") == set()
    assert pairs("More than 3,000 people have been injured in those shootings.") == set()
    assert pairs("Seven people were killed in the bombings.") == {("killed", 7)}
    assert pairs("One person was killed in that shooting.") == {("killed", 1)}


# Round 27: shop and office staff counted in the plural are victims ("two managers", "two clerks")
def test_round27_staff_plurals():
    assert pairs("Two managers, John Smith and Tom Brown, were wounded.") == {("injured", 2)}
    assert pairs("Two store clerks were shot and killed.") == {("killed", 2)}


# Round 27: a name's suffix set off by commas ("John Smith, Jr.,") is the name's, before an apposition or a verb
def test_round27_comma_set_name_suffix():
    assert pairs("W. John Smith, Sr., the number 2 man at the agency during the scandal, died yesterday.") == {
        ("killed", 1)}
    assert pairs("John Smith, Jr., 27, of Homewood, died from multiple gunshots.") == {("killed", 1)}


# Round 27: a person and a group of their own after "and" share the verb, one claim per group ("a woman and her two
# children were killed")
def test_round27_person_and_own_group():
    assert pairs("A woman and her two children were killed.") == {("killed", 1), ("killed", 2)}
    assert pairs("Police identified a father and his two children who were found dead.") == {("killed", 1), ("killed", 2)}
    assert pairs("The suspect and his two accomplices were arrested.") == {("detained", 1), ("detained", 2)}


# Round 27: a title-case headline's "Arrested" is never part of a name: "Teen Arrested in Shooting" is detained 1
def test_round27_headline_arrested():
    assert pairs("Teen Arrested in Shooting of Local Mom\nThe boy confessed on Friday.") == {("detained", 1)}
    assert pairs("Man Arrested in Shooting Death of Girl\nPolice gave no name.") == {("detained", 1)}


# Round 28: a dated death told of a person named beside their relation ("his father, Tom Smith, died in 2002") is
# another event, for the relation as for the name
def test_round28_dated_death_of_apposed_relation():
    assert pairs("He took over the firm after his father, Tom Smith, died in 2002.") == set()
    assert pairs("His wife, Mary Smith, was killed in 1984.") == set()
    assert pairs("His wife, Mary Smith, was killed on Monday.") == {("killed", 1)}


# Round 28: in a court report too, a dated death that times the main clause before it is another event ("took over
# after his father, Tom Smith, died in 2002"); the report's own dated death is not
def test_round28_dated_death_as_time_in_court_report():
    assert pairs("The jury found him guilty. He took over the firm after his father, Tom Smith, died in 2002.") == set()
    assert pairs("The jury found him guilty. The boy, Tom Smith, died in 2002.") == {("killed", 1)}


# Round 28: "That quake" after a sentence dating a quake by a month alone, a year or a span ago is that earlier event
def test_round28_that_event_after_dated_one():
    assert pairs("A quake shook the island on Sunday. The island was hit by a quake in September. "
                 "That quake killed six people, injured 50 and caused damage.") == set()
    assert pairs("A quake shook the island on Sunday. That quake killed six people.") == {("killed", 6)}
    assert pairs("The island was hit by a quake on Sept. 5. That quake killed six people.") == {("killed", 6)}


# Round 28: a person's record of arrests is no arrest of the report's event ("arrested several times from when he
# was 17", "arrested twice as a teenager")
def test_round28_arrest_history():
    assert pairs("John Smith was arrested several times from when he was 17 to 25.") == set()
    assert pairs("He had been arrested twice as a teenager.") == set()
    assert pairs("The man was arrested on Monday.") == {("detained", 1)}


# Round 28: a company or building name ("... America", "... School") is no person, nor a name "and" joins to it
def test_round28_body_names_are_no_people():
    assert pairs("Police say both Acme America and Norfolk Freight have been evacuated.") == set()
    assert pairs("Police say both John Smith and Tom Brown have been arrested.") == {("detained", 2)}


# Round 28: "both mother and child" in a sentence telling a birth are no two victims
def test_round28_birth_pair():
    assert pairs("The woman gave birth, and both mother and baby are expected to be okay.") == set()
    assert pairs("Both mother and child were shot and wounded.") == {("injured", 2)}


# Round 28: a role with one word describing it between a term and a name ("killed local rapper John Smith")
def test_round28_modified_role_before_name():
    assert pairs("Police say the gunman killed local rapper John Smith.") == {("killed", 1)}
    assert pairs("He met local rapper John Smith.") == set()


# Round 28: "the <noun> killed" inside a subject's relative clause is no noun phrase ("the man who pulled the trigger
# killed local rapper John Smith")
def test_round28_verb_after_relative_clause_object():
    assert pairs("Police say the man who pulled the trigger killed local rapper John Smith.") == {("killed", 1)}
    assert pairs("The fatally shot man died.") == {("killed", 1)}


# Round 28: "the shooting injury of" counts the one after it as "the shooting death of" does
def test_round28_shooting_injury_of():
    assert pairs("He was charged in the shooting injury of his 7-year-old nephew.") == {("injured", 1)}


# Round 28: "listed as" before a condition joins the count to it as "listed" does ("listed as being in fair condition")
def test_round28_listed_as_condition():
    assert pairs("The other two victims are listed as being in fair condition.") == {("injured", 2)}
    assert pairs("The driver is listed as stable.") == {("injured", 1)}


# Round 29: the attacker's own death told as a second verb ("before turning the gun on himself", "before killing
# herself", "then took his own life") is one more killed
def test_round29_own_death_after_victims():
    assert pairs("Police said the man shot his mother and sister before turning the gun on himself.") == {("killed", 1)}
    assert pairs("A woman shot and killed her two daughters before killing herself.") == {("killed", 2), ("killed", 1)}
    assert pairs("He shot his neighbour, then took his own life.") == {("killed", 1)}
    assert pairs("Police are looking into the possibility that he shot his wife before turning the gun on himself.") == set()
    assert pairs("He shot his wife and then turned the gun on himself and is in critical condition.") == {("injured", 1)}


# Round 29: a person named at a clause's head and a count of others ("Conley and seven others were killed") give the
# others' figure and their total with the named person
def test_round29_name_and_others_total():
    assert pairs("Police said Conley and seven others were killed.") == {("killed", 7), ("killed", 8)}
    assert pairs("It happened at the house where Smith and two others were wounded.") == {("injured", 2), ("injured", 3)}
    assert pairs("Police and two others were hurt.") == {("injured", 2)}


# Round 29: after "one of" a group, a singular verb is the one's, not the group's ("One of two men who were shot has
# died": killed 1, the two shot no figure)
def test_round29_one_of_group_singular_verb():
    assert pairs("One of two men who were shot has died.") == {("killed", 1)}
    assert pairs("One of two boys is in serious condition.") == {("injured", 1)}
    assert pairs("One of two people killed in the crash was a teacher.") == {("killed", 2)}


# Round 29: injuries denied inside a wildcard term ("sustained no injuries", "had no visible injuries") are no claim;
# "no serious injuries" still leaves minor ones
def test_round29_no_injuries_in_term():
    assert pairs("He sustained no injuries.") == set()
    assert pairs("Two officers had no visible injuries.") == set()
    assert pairs("The driver suffered no serious injuries in the crash.") == {("injured", 1)}
    assert pairs("He sustained injuries to his leg.") == {("injured", 1)}


# Round 29: the earlier-event patterns read one list of event nouns, so "the last temblor" dates another event as "the
# last quake" does
def test_round29_last_temblor_is_another_event():
    text = ("A quake struck on Monday, killing two people. The last major temblor to hit the region was in February, "
            "when a quake rocked Zarand. It killed 612 people.")
    assert pairs(text) == {("killed", 2)}


# Round 29: a count noun then a list of names and ages before the verb ("Three siblings, A, 35, B, 30, and C, 28, died")
def test_round29_count_then_names_and_ages():
    assert ("killed", 3) in pairs("Three siblings, John Smith, 35, Mary Smith, 30, and Bob Smith, 28, died in the shooting.")
    assert ("detained", 3) in pairs("The three suspects, John Smith, 18; Bob Jones, 17; and Tim Brown, 18, were arrested.")


# Round 29: one victim shot in a part of the body, in an article that tells no death, is shot and alive ("he was shot
# in the left hand")
def test_round29_shot_in_body_part_alive():
    assert pairs("The gun discharged and he was shot in the left hand.") == {("injured", 1)}
    assert pairs("A man was shot in the head. He died at the scene.") == {("killed", 1)}
    assert pairs("Though she was shot in the abdomen, her vest took the impact.") == set()


# Round 30: the dead told of again as "found with" injuries right after their deaths are no injured
def test_round30_dead_found_with_injuries():
    assert pairs("Both women were found dead at home. Police said Ms Roe and her daughter were found with head "
                 "injuries.") == {("killed", 2)}
    assert pairs("Two men were found dead at home. Police said a woman was found with gunshot wounds.") == {
        ("killed", 2), ("injured", 1)}


# Round 30: a group found wounded whom the next sentence with figures reports all dead is killed only
def test_round30_found_wounded_then_dead():
    assert pairs("Officers found three people suffering from gunshot wounds. One of them was pronounced dead at "
                 "the scene, and the other two were taken to a hospital, where they died.") == {("killed", 1), ("killed", 2)}
    assert pairs("Three people were found suffering from gunshot wounds. One of them died at the scene.") == {
        ("injured", 3), ("killed", 1)}


# Round 30: a number before a sports statistic's noun ("86 tackles", "3 interceptions") is no count of people
def test_round30_sports_statistics():
    assert pairs("The safety, who ranks fifth on the team with 86 tackles, was injured in the loss.") == set()
    assert pairs("He had 12 sacks and 3 interceptions before he was injured.") == {("injured", 1)}
    assert pairs("Two players were injured in the loss.") == {("injured", 2)}


# Round 30: what a clause opened by "when" after a full date with a year tells is that dated, earlier event
def test_round30_dated_when_clause():
    assert pairs("The army broke the truce on 4 November 2008, when troops raided the town and killed six gunmen.") == set()
    assert pairs("The truce ended on Nov. 4, 2008, when troops killed six gunmen.") == set()
    assert pairs("Troops killed six gunmen on Tuesday, when they raided the town.") == {("killed", 6)}


# Round 30: arrests for a kind of crime other than the event's, in a police round-up, are another event
def test_round30_arrests_for_other_crimes():
    assert pairs("Police cracked down on begging. They made 15 arrests for those crimes over the weekend.") == set()
    assert pairs("Officers arrested 12 people for other offenses.") == set()
    assert pairs("Police made two arrests in the shooting.") == {("detained", 2)}


# Round 30: a group told shot whose condition, all of them, the next sentence gives is injured, with its groups
def test_round30_shot_group_then_condition():
    assert pairs("Nine people were shot, one fatally. Police say eight other victims, five men and three women, "
                 "were also shot. All of them were in serious condition.") == {
        ("killed", 1), ("injured", 8), ("injured", 5), ("injured", 3)}
    assert pairs("A man was killed. Two other people were shot. They were in critical condition.") == {
        ("killed", 1), ("injured", 2)}
    assert pairs("A man was killed. Two other people were shot. Their conditions were not known.") == {("killed", 1)}


# Round 30: an adverb of time after a bare participle ("arrested shortly afterwards") is no object of it
def test_round30_participle_then_adverb():
    assert pairs("Both women were found dead, with Mr Roe arrested shortly afterwards.") == {("killed", 2), ("detained", 1)}
    assert pairs("Both women were found dead at home, with Mr Roe arrested soon after. Police said Ms Roe and her "
                 "daughter were found with head injuries.") == {("killed", 2), ("detained", 1)}


# Round 30: "fatally hit" and "fatally stuck" (a dropped "r" of "struck") are killed, as "fatally struck" is
def test_round30_fatally_hit_or_stuck():
    assert pairs("The stray bullet fatally stuck Jane Roe in the face.") == {("killed", 1)}
    assert pairs("The gun went off and fatally hit the boy in his chest.") == {("killed", 1)}


# Round 30: an adverb of time after a transitive term is passed over: an object after it still makes the count the doer
def test_round30_adverb_then_object():
    assert pairs("The gunman killed instantly two men.") == set()
    assert pairs("A man was arrested shortly afterwards.") == {("detained", 1)}


# Round 30: a group referred back to as shot, smaller than the wounded group and with no death told, is some of them
def test_round30_shot_part_of_wounded():
    assert pairs("Four people were wounded in a shooting. Police said the three teenagers were shot near a store.") == {
        ("injured", 4), ("injured", 3)}
    assert pairs("Four people were wounded. A man was killed. Police said the three teenagers were shot.") == {
        ("injured", 4), ("killed", 1)}


# Round 30: police who "caught up with" or "to" people and charged or held them detained them
def test_round30_police_caught_up_and_charged():
    assert pairs("The two fled, but cops later caught up to the pair and charged them with manslaughter.") == {
        ("detained", 2)}
    assert pairs("The man fled, and officers caught up with the suspect a block away and shot him.") == set()
    assert pairs("A reporter caught up with the man, who was charged.") == set()


# Round 31: animals a term before the count takes are no casualties
def test_round31_animals_after_term():
    assert pairs("Hunters killed 9,000 deer last year.") == set()
    assert pairs("The flood killed 300 cattle.") == set()
    assert pairs("The blast killed 12 people.") == {("killed", 12)}


# Round 31: the first of two ages sharing a plural "-year-olds" is an age, not a count
def test_round31_shared_plural_age():
    assert pairs("He was charged in the killings of 14- and 18-year-olds.") == set()
    assert pairs("Police arrested 14- to 18-year-olds at the park.") == set()
    assert pairs("Police arrested 14 teenagers at the park.") == {("detained", 14)}


# Round 31: "the slayings of" counts its victims, as "the killings of" does
def test_round31_slayings_of():
    assert pairs("A man was arrested in the slayings of two women.") == {("detained", 1), ("killed", 2)}
    assert pairs("He was charged in the slayings of a teen and her son.") == {("killed", 1)}


# Round 31: a group's ages set off by commas do not part it from the next group the verb shares
def test_round31_ages_between_groups():
    assert pairs("Two girls, ages 4 and 6, and their father were found dead.") == {("killed", 2), ("killed", 1)}
    assert pairs("Two men, 19 and 23, and a woman were wounded.") == {("injured", 2), ("injured", 1)}
    assert pairs("Two men, ages 19 and 23, were arrested.") == {("detained", 2)}


# Round 32: a demonstrative after a transitive term opens its object ("held that title"), unless a time follows it
def test_round32_demonstrative_object():
    assert pairs("John Smith won the belt. He was champion at the time Smith held that title.") == set()
    assert pairs("John Smith won the belt. Smith held those titles for years.") == set()
    assert pairs("Two gunmen killed those guards.") == set()
    assert pairs("Three people killed that night were named.") == {("killed", 3)}
    assert pairs("A man arrested that same day was charged.") == {("detained", 1)}


# Round 32: a victim's injuries reported on in quoted words ("the girl's injury “did not appear to be severe”")
def test_round32_possessive_injuries_quoted():
    assert pairs("Police said the girl’s injury “did not appear to be severe.”") == {("injured", 1)}
    assert pairs("Police said the man's injuries \"are not life-threatening.\"") == {("injured", 1)}
    assert pairs("Police said the boy's injury was not serious.") == {("injured", 1)}
    assert pairs("The victim's wound did not appear to be life-threatening.") == {("injured", 1)}


# Round 32: a victim "suffering from" a laceration or lacerations is injured, as one "suffering from a * wound" is
def test_round32_suffering_from_laceration():
    assert pairs("Officers found a man suffering from a small laceration to his head.") == {("injured", 1)}
    assert pairs("Two women were found suffering from lacerations.") == {("injured", 2)}


# Round 32: a bare figure after an injured group's term and a comma, with how badly alone, is the part so hurt
def test_round32_injured_then_severity_part():
    assert pairs("The UN said it had confirmed 30 dead and 55 wounded, 15 critically.") == {
        ("killed", 30), ("injured", 55), ("injured", 15)}
    assert pairs("Twenty people were injured, three seriously, in the crash.") == {("injured", 20), ("injured", 3)}
    assert pairs("Twenty people were injured, 15 in the first blast.") == {("injured", 20)}
    assert pairs("Ten homes were damaged, three badly.") == set()


# Round 32: rescuers who "took" or "transported" the victims to a hospital, as those "sent" there, tell them injured
def test_round32_took_victims_to_hospital():
    assert pairs("Fire Rescue took four gunshot victims to a hospital.") == {("injured", 4)}
    assert pairs("Paramedics transported two men to the hospital.") == {("injured", 2)}
    assert pairs("Paramedics took two men to dinner.") == set()


# OTHER_ALONE opens each alternative on its letter; it finds what the plain pattern with the lookbehind first finds
def test_other_alone_as_plain_pattern():
    import re

    from workbench.extract.casualties import OTHER_ALONE

    plain = re.compile(r"""(?<![\w'’])(?:[Tt]he\s+other|[Aa]nother)(?=\s+(?:was|is|remains|remained|had|has|died|
        dies|suffered|sustained|got|survived)\b)
        |(?<=\band\s)another(?=\s+(?:(?:critically|seriously|severely|badly)\s+)?(?:wounded|injured|hurt)\b)""",
                       re.VERBOSE)
    for text in ["The other was hurt; the other died. Another is critical, xanother was, ’another was, 'the other has",
                 "two were killed and another wounded, and another badly hurt, band another wounded, andanother hurt",
                 "Another was\nthe other\tremains; _another was; éthe other was; -another had; another other was"]:
        assert [m.span() for m in OTHER_ALONE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(OTHER_ALONE.findall("The other was hurt and another wounded")) == 2


# SINGULAR's determiners check the word boundary after they match; it finds what the lookahead before them found
def test_singular_determiners_as_boundary_first():
    import re

    from workbench.extract.casualties import SINGULAR

    det = SINGULAR.pattern[: SINGULAR.pattern.index(r")\s+") + 1]
    plain = re.compile(r"(?=[AaOoTtHh])(?:\b|(?<=[a-z])(?=[A-Z]))(?P<det>[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Hh]is|"
                       r"[Hh]er|[Tt]heir)" + SINGULAR.pattern[len(det) :], SINGULAR.flags)
    for text in ["A man was shot. an officer, the gunman and his wife; their son. One woman and another man died",
                 "abc13.comA man was shot; shotThe victim died; xthe man; éthe man; 'the man; “A woman”; _a man",
                 "The 19-year-old was arrested after the other man, the victim’s brother and Her husband were hurt",
                 "another other man, anothe man, Theirs man, the\nman, a  boy; thea man; TheThe man, aA man"]:
        assert [(m.span(), m.groupdict()) for m in SINGULAR.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(SINGULAR.findall("A man and the gunman")) == 2


# A group "of one family" is counted by the figure before it; "one" names no victim of its own
def test_of_one_family_is_no_count():
    assert pairs("At least 12 of one family were killed in the strike.") == {("killed", 12)}
    assert pairs("A shell killed at least seven members of one family.") == {("killed", 7)}
    assert pairs("One man was killed.") == {("killed", 1)}


# Ages as the victim noun of a count: "Two 14-year-olds were killed" (the age is no count of its own)
def test_count_of_year_olds():
    assert pairs("Two 14-year-olds were killed.") == {("killed", 2)}
    assert pairs("Two six-year-olds were wounded in the crash.") == {("injured", 2)}
    assert pairs("Two 9-month-olds were hurt.") == {("injured", 2)}
    assert pairs("Police said 14-year-olds were among the crowd.") == set()


# The ages listed after "aged" are no counts: "Two children, aged 3 and 5, were killed" (as after "ages")
def test_ages_listed_after_aged():
    assert pairs("Two children, aged 3 and 5, were killed.") == {("killed", 2)}
    assert pairs("Three men, aged 19, 20 and 24, were arrested.") == {("detained", 3)}


# An arrest dated with its year ("arrested on December 17, 2014") is of an earlier case, as one "in 2014" is
def test_arrest_on_dated_day_is_other_case():
    lead = "A girl was shot and killed late Monday night by John Smith, 43. "
    assert pairs(lead + "Smith was arrested on December 17, 2014 and charged with domestic violence.") == {("killed", 1)}
    assert pairs(lead + "Smith was arrested on Tuesday and charged with murder.") == {("killed", 1), ("detained", 1)}


# Members set off by dashes after a group take its verb as those after a comma do: "At least four hunters —
# including two in Crawford County — died"
def test_dashed_including_members():
    assert pairs("At least four hunters — including two in Crawford County — died during the weekend.") == {
        ("killed", 4), ("killed", 2)}
    assert pairs("Five people -- including three in one house -- were wounded.") == {("injured", 5), ("injured", 3)}


# A round-up's lead that spans unrelated incidents is the article's own tally, not another event
def test_roundup_lead_in_unrelated_incidents():
    assert pairs("At least four hunters died in unrelated incidents during the opening weekend.") == {("killed", 4)}
    assert pairs("Three men were shot dead Friday. Two others were killed in unrelated shootings.") == {("killed", 3)}


# "struck by gunfire" (and its typo "stuck by gunfire") is "shot": injured when survival is told
def test_struck_by_gunfire_as_shot():
    assert pairs("A man was struck by gunfire and is in stable condition.") == {("injured", 1)}
    assert pairs("Three people were struck by gunfire Sunday. All were expected to survive.") == {("injured", 3)}
    assert pairs("Three victims -- a mother and her two daughters -- were inadvertently stuck by gunfire. "
                 "All were expected to survive.") == {("injured", 3), ("injured", 2)}
    assert pairs("Three people were struck by gunfire Sunday.") == set()


# A town after a street address may close on the verb with no comma: "John Jenkin, 23, of Newton Street, Millom was
# arrested"
def test_town_after_address_without_closing_comma():
    assert pairs("John Jenkin, 23, of Newton Street, Millom was arrested on Saturday.") == {("detained", 1)}
    assert pairs("Two men from Dayton, Ohio were killed in the crash.") == {("killed", 2)}


# A group told shot, then all of them taken to hospital "with non-life-threatening wounds", lived: injured
def test_shot_group_then_taken_with_minor_wounds():
    text = ("A teen was killed when gunmen opened fire. The woman was hit in the abdomen and the other two male "
            "victims were both shot in the back, officials said. They were rushed to Brookhaven Memorial Hospital "
            "Medical Center in East Patchogue with non-life-threatening wounds, cops said.")
    assert ("injured", 2) in pairs(text)
    text = "A man was killed. Two other men were shot. They were taken to a hospital with unknown injuries."
    assert ("injured", 2) not in pairs(text)


# A group someone "shot" (the active voice), with survival told and no death: injured, as a group "were shot"
def test_active_shot_group_alive():
    assert pairs("A gunman shot five people Tuesday. All are expected to survive.") == {("injured", 5)}
    assert pairs("Police say a man shot four people outside a bar. The victims have non-life threatening injuries.") == {
        ("injured", 4)}
    assert pairs("A gunman shot five people Tuesday. Two of them died.") == {("killed", 2)}
    assert ("injured", 2) not in pairs("A gunman fatally shot two people Tuesday. A third is in stable condition.")


# A round-up's lead "in separate" incidents or accidents is the article's own tally too
def test_roundup_lead_in_separate_accidents():
    assert pairs("Two men have died in separate climbing accidents at Mt Cook this weekend.") == {("killed", 2)}
    assert pairs("A man was shot dead Friday. Two others died in separate shootings.") == {("killed", 1)}
    assert pairs("Two men have died in separate accidents since 2010.") == set()


# People "believed trapped" or "feared trapped" after a disaster, with no outcome told, are missing
def test_believed_trapped_is_missing():
    assert pairs("Nine others were believed trapped.") == {("missing", 9)}
    assert pairs("At least 20 miners are feared trapped underground.") == {("missing", 20)}


# Members of a group listed in an aside set off by spaced hyphens, as by dashes: "Three bank workers - two women and
# a man - were killed"
def test_members_after_spaced_hyphen():
    assert pairs("Three bank workers - two women and a man - were killed.") == {("killed", 3), ("killed", 2), ("killed", 1)}
    assert pairs("Four people -- three men and a woman -- were wounded.") == {("injured", 4), ("injured", 3), ("injured", 1)}


# The last member of an aside set off by hyphens with no spaces ends on the hyphen: "workers-two women and a man-were"
def test_tight_aside_last_singular_member():
    assert pairs("The three bank workers-two women and a man-were killed when their branch burned.") == {
        ("killed", 3), ("killed", 2), ("killed", 1)}
    assert pairs("A man-child was arrested.") == set()


# A part of a group set off by commas with no verb, "one of them a pregnant woman", is a member as one after
# "including" is, and the group's verb reaches past it
def test_part_of_them_apposition():
    assert pairs("Three people, one of them a pregnant woman, were killed.") == {("killed", 3), ("killed", 1)}
    assert pairs("Three people, two of them children, were killed.") == {("killed", 3), ("killed", 2)}
    assert pairs("Five people, one of whom was a boy, were hurt.") == {("injured", 5)}


# A gunman "striking" or "hitting" a group, as one who "shot" it: injured when survival is told and no death
def test_striking_a_group_alive():
    assert pairs("A man opened fire outside a nightclub, striking five people. None suffered life-threatening "
                 "injuries.") == {("injured", 5)}
    assert pairs("Someone fired into the crowd, hitting three people. All are in stable condition.") == {("injured", 3)}
    assert pairs("A man opened fire, striking five people. Two of them died.") == {("killed", 2)}


# A place adverb between a count and its term: "the three people inside died", "two men nearby were wounded"
def test_place_adverb_before_term():
    assert pairs("The community waited to hear how the three people inside died.") == {("killed", 3)}
    assert pairs("Two men nearby were wounded by the blast.") == {("injured", 2)}
    assert pairs("All 150 people aboard were killed.") == {("killed", 150)}


# A shot victim "released from the hospital" lived, as one "treated and released" did
def test_released_from_hospital_tells_survival():
    assert pairs("Five children were shot Sunday night. All of them were released from the hospital Monday.") == {
        ("injured", 5)}
    assert pairs("Five children were shot Sunday night. A suspect was released from jail Monday.") == set()


# A homicide unit or detectives investigating, and an attempted murder charge, tell no death of a shot group
def test_homicide_unit_and_attempted_murder_tell_no_death():
    text = ("Four people were shot in Mount Oliver Friday night. The victims have non-life threatening injuries. "
            "Anyone with information is asked to contact the Allegheny County Homicide Unit.")
    assert pairs(text) == {("injured", 4)}
    text = ("Three men were shot outside a bar. All are in stable condition. A suspect was charged with attempted "
            "murder.")
    assert ("injured", 3) in pairs(text)
    text = "Four people were shot. Three are in stable condition. The homicide is under investigation."
    assert ("injured", 4) not in pairs(text)


# "in all", "total", "altogether" after a count's victims: "Seven people in all were killed"
def test_in_all_after_victims():
    assert pairs("Seven people in all were killed.") == {("killed", 7)}
    assert pairs("Police said seven people total were shot. The other victims have non-life threatening injuries.") == {
        ("injured", 7)}
    assert pairs("Twelve people altogether were arrested.") == {("detained", 12)}


# A short place set off by a lowercase preposition between the victims and their helper verb: "Two people at the party
# were killed", "19 patients at the hospital were treated for broken bones"
def test_lowercase_place_before_helper():
    assert pairs("Two people at the party were killed.") == {("killed", 2)}
    assert pairs("Four people in the car were wounded.") == {("injured", 4)}
    assert pairs("Another 19 patients at the hospital were treated for broken bones and cuts.") == {("injured", 19)}
    assert pairs("Two men at the scene of the shooting told police they saw nothing.") == set()


def test_lowercase_place_not_a_clause_or_named():
    assert pairs("Adams was with a relative at the time he was arrested.") == {("detained", 1)}
    claims = extract_casualties("A deputy interviewing a woman and a man outside a Hawaiian Gardens apartment was "
                                "fatally shot.")
    assert not any(c.number_text in ("a woman", "a man") for c in claims)


# A graze wound, as a gunshot wound, is an injury: "A 25-year-old man suffered a graze wound to the abdomen"
def test_graze_wound_is_injury():
    assert pairs("A 25-year-old man suffered a graze wound to the abdomen.") == {("injured", 1)}
    assert pairs("Two bystanders had graze wounds.") == {("injured", 2)}
    assert pairs("A 14-year-old girl walked into St. Bernard Hospital with a graze wound in the buttocks.") == {
        ("injured", 1)}


# One who "shot himself in the hand", in an article telling no death, is injured, as one "shot in the hand" is
def test_shot_himself_in_part_alive():
    assert pairs("A 3-year-old boy accidentally shot himself in the hand Tuesday.") == {("injured", 1)}
    assert pairs("A 3-year-old boy shot himself in the head. He died at the hospital.") == {("killed", 1)}


# "caught in the crossfire and" and "charged and" stand between a victim or a suspect and the term
def test_crossfire_and_charged_before_term():
    assert pairs("A bystander was caught in the crossfire and wounded.") == {("injured", 1)}
    assert pairs("A 19-year-old man has been charged and is being held at the county jail.") == {("detained", 1)}
    assert pairs("A 19-year-old man has been charged.") == set()
    assert pairs("Three teens have been charged in the shooting and are in custody.") == {("detained", 3)}


# "pronounced ... dead" around the victim: "Paramedics pronounced him dead", "Doctors pronounced the man dead"
def test_pronounced_victim_dead():
    assert pairs("Paramedics pronounced him dead at the scene.") == {("killed", 1)}
    assert pairs("Medics pronounced the man dead at the scene.") == {("killed", 1)}
    assert pairs("A man was shot. Doctors declared the 22-year-old dead at 3 a.m.") == {("killed", 1)}
    assert pairs("He pronounced the name dead wrong.") == set()


# "another" standing alone as a term's object: "killing one man and wounding another"
def test_another_as_object():
    assert pairs("Two gunmen opened fire, killing one man and wounding another.") == {("killed", 1), ("injured", 1)}
    assert pairs("A gunman killed one man and wounded another in the bar.") == {("killed", 1), ("injured", 1)}
    assert pairs("Police arrested one suspect and are looking for another.") == {("detained", 1)}
    assert pairs("Manslaughter is when a person recklessly causes the death of another.") == set()


# An age standing as the victim before "and", "into" or "to": "A 16-year-old and a 17-year-old were arrested"
def test_age_victim_before_and_into_to():
    assert pairs("A 16-year-old and a 17-year-old were arrested.") == {("detained", 1)}
    assert pairs("Police took a 16-year-old into custody.") == {("detained", 1)}
    assert pairs("Police said a man stabbed a 19-year-old to death.") == {("killed", 1)}


# "was stable" and a condition "stabilized" tell survival, as "stable condition" does
def test_stable_and_stabilized_tell_survival():
    assert ("injured", 2) in pairs("Two people were shot Sunday night. One of the victims was in critical condition "
                                   "and the other was stable.")
    assert pairs("Three men were shot at a party. Their conditions were stabilized at the hospital.") == {("injured", 3)}


# More words of survival: "not considered life-threatening", "expected to be OK", "expected to live"
def test_more_survival_words():
    assert pairs("Three men were shot at a party. Their injuries were not considered life-threatening.") == {
        ("injured", 3)}
    assert pairs("Four people were shot outside a bar. All are expected to be OK.") == {("injured", 4)}
    assert pairs("Two men were shot on Main Street. Both are expected to live.") == {("injured", 2)}


# A "person of interest" is a person the term after it tells of: "Police have a person of interest in custody"
def test_person_of_interest():
    assert pairs("Police have a person of interest in custody.") == {("detained", 1)}
    assert pairs("Two persons of interest were detained for questioning.") == {("detained", 2)}


# "of those" victims, as "of the" victims: "Three of those officers were killed", "one of those victims was killed"
def test_part_of_those_victims():
    assert pairs("Three of those officers were killed.") == {("killed", 3)}
    assert ("killed", 1) in pairs("Five people were shot Friday night, and one of those victims was killed.")


# "found" or "discovered" before coordinated victims and "dead" after them: each is killed
def test_found_victims_dead():
    assert pairs("Deputies found a woman and a child dead inside a car.") == {("killed", 1)}
    assert pairs("Officers found a 4-year-old girl and a 5-year-old girl dead in their beds.") == {("killed", 1)}
    assert pairs("Officers found a man and a woman dead-set on staying.") == set()


# An age after a name may close on the helper verb with no comma: "Nino Ruiz, 27, and Jenessa Kic, 31 were arrested"
def test_age_after_name_without_closing_comma():
    assert pairs("Nino Ruiz, 27, and Jenessa Kic, 31 were arrested.") == {("detained", 1)}
    assert pairs("John Smith, 45 was killed in the crash.") == {("killed", 1)}


# "dead" before the victim noun of a count: "discovered two dead people inside the home"
def test_count_of_dead_people():
    assert pairs("They discovered two dead people inside the home.") == {("killed", 2)}
    assert pairs("He saw a dead man in the street.") == set()


# A group after a part with a victim noun and a term of its own is a figure too: "One of the five victims killed"
def test_group_with_noun_and_term_after_part():
    assert pairs("One of the five victims killed has been identified as Terry Andres.") == {("killed", 5), ("killed", 1)}
    assert pairs("One of the three men arrested was released.") == {("detained", 3), ("detained", 1)}
    assert pairs("Two of the three victims died.") == {("killed", 2)}


# More ways to be dead: "are dead" after a singular in a list, "wound up dead", "resulted in one person dead"
def test_more_ways_to_be_dead():
    assert pairs("Police said two women and a baby are dead after a shooting.") == {("killed", 2), ("killed", 1)}
    assert pairs("Three people wound up dead early Thursday.") == {("killed", 3)}
    assert pairs("It was a fight that resulted in one person dead.") == {("killed", 1)}


# After a participle term, a main verb is no object ("The six others wounded received minor injuries"), and a part's
# singular verb after "One of the men killed" is the part's
def test_verb_after_participle_term_is_no_object():
    assert pairs("The six others wounded received non-life threatening injuries.") == {("injured", 6)}
    assert pairs("One of the men killed was gunned down at a bar.") == {("killed", 1)}
    assert pairs("Lanier said one of those killed was a District resident.") == {("killed", 1)}
    assert pairs("Two gunmen killed three people.") == {("killed", 3)}


# "Shot," in a headline is no name an age follows: "4 Shot, 2 Killed In South Memphis Apartment Complex"
def test_shot_comma_in_headline_is_no_name():
    assert pairs("4 Shot, 2 Killed In South Memphis Apartment Complex") == {("killed", 2)}


# A count after "in" with victims after it is a count ("resulted in five people being hospitalized"), unlike "in 2015"
def test_count_after_in_with_victims():
    assert pairs("The shooting resulted in five people being hospitalized.") == {("injured", 5)}
    assert pairs("The restaurant opened in 12 cities and was killed off by rivals.") == set()


# The casualties named by their term after "of those" or in a group after a part: "Two of those wounded drove
# themselves to area hospitals", "Five of the six injured attend Miami-Dade County Public Schools"
def test_those_wounded_and_the_six_injured():
    assert pairs("Two of those wounded drove themselves to area hospitals.") == {("injured", 2)}
    assert pairs("Five of the six injured attend Miami-Dade County Public Schools.") == {("injured", 6), ("injured", 5)}


# An age in months or weeks stands as the victim as one in years does: "an 18-month old is dead"
def test_age_in_months_as_victim():
    assert pairs("Police confirm an 18-month old is dead after an apparent shooting.") == {("killed", 1)}
    assert pairs("A 9-month-old was wounded in the crossfire.") == {("injured", 1)}


# "occupant", "rider", "passerby" name victims as "passenger" does
def test_occupant_rider_passerby_are_victims():
    assert pairs("A 17-year-old motel occupant was injured after a gun went off.") == {("injured", 1)}
    assert pairs("Two of the four occupants were arrested after a foot chase.") == {("detained", 2)}
    assert pairs("A motorcycle rider was killed Sunday.") == {("killed", 1)}
    assert pairs("Three passersby were wounded.") == {("injured", 3)}


# An age range between the victims and their term: "Four boys between ages 12 and 16 were wounded"
def test_age_range_before_term():
    assert pairs("Four boys between ages 12 and 16 were wounded in a shooting.") == {("injured", 4)}
    assert pairs("Three men ages 19 to 24 were arrested.") == {("detained", 3)}


# A function word is no modifier of the victims after a count: "Three killed as rioters bomb Greek bank" (not
# "killed as rioters" for the victims, which left the figure without a term)
def test_function_word_is_no_victim_modifier():
    assert pairs("Three killed as rioters bomb Greek bank") == {("killed", 3)}
    assert pairs("Two injured people were taken to a hospital.") == {("injured", 2)}


# A bare figure after a place set off by a comma is a count, not an age: "In Baghdad, 25 were killed"
def test_figure_after_place_comma_is_count():
    assert pairs("As fights erupted in East Flatbush, 46 were arrested Wednesday night.") == {("detained", 46)}
    assert pairs("In Baghdad, 25 were killed.") == {("killed", 25)}
    assert pairs("John Smith, 46, was arrested.") == {("detained", 1)}


# One who "wounded himself" or "injured himself" is injured; "found him dead" is killed; a spree "ended with a woman
# dead" as one "left" her dead
def test_self_wounded_found_him_dead_ended_with():
    assert pairs("A 3-year-old in Spring injured himself with his grandfather's handgun.") == {("injured", 1)}
    assert pairs("A passerby found him dead with a pistol in his hand.") == {("killed", 1)}
    assert pairs("The 19 year old driver injured himself in the crash.") == set()
    assert ("killed", 1) in pairs("A shooting spree that ended with a woman dead and five others injured began with "
                                  "an argument over keys.")


# A bare figure opening a sentence, "were shot", with survival told and no death: "Five were shot in broad daylight"
def test_bare_figure_shot_alive():
    assert pairs("Five were shot in broad daylight; the youngest was 17. Police say the victims have non-life "
                 "threatening injuries.") == {("injured", 5)}
    assert pairs("Five were shot in broad daylight. Two of them died.") == {("killed", 2)}


# The victims "identified as" names right after a sentence of figures take that sentence's category
def test_victims_identified_as_names():
    text = ("Four people were found shot to death in a townhouse. The medical examiner's office identified the victims "
            "as Ronald Roberts, 24, and Kiana Welch, 19.")
    assert pairs(text) == {("killed", 4), ("killed", 1)}
    assert pairs("Police identified the suspects as John Smith, 24, and Bob Jones, 22.") == set()


# "hit and" before the term, as "struck and": "A woman hit and killed by a motorist"
def test_hit_and_killed():
    assert pairs("A woman hit and killed by a motorist Wednesday night was identified.") == {("killed", 1)}
    assert pairs("A pedestrian was hit and injured by a car.") == {("injured", 1)}


# "left" before coordinated victims and "dead" after them: "The shooting left a man and a woman dead"; "discovered
# dead" as "found dead"; a longer participle phrase before the helper
def test_left_victims_dead_and_discovered_dead():
    assert pairs("The shooting left a man and a woman dead.") == {("killed", 1)}
    assert pairs("Three people were discovered dead Wednesday morning.") == {("killed", 3)}
    assert pairs("Four men attending a birthday party at a Zelmer Street home were injured.") == {("injured", 4)}


# "hospitalized for non-life threatening injuries" is an injury; "The three injured do not have ..." names them;
# "two deceased victims" are killed
def test_nominal_injured_and_deceased_victims():
    assert pairs("The four victims have been hospitalized for non-life threatening injuries.") == {("injured", 4)}
    assert pairs("The three injured do not have life-threatening injuries.") == {("injured", 3)}
    assert pairs("Officers found two deceased victims inside the home.") == {("killed", 2)}


# "received" injuries or wounds as "suffered" / "sustained" them: "A third teenager received non-life-threatening
# injuries", "Four others received gunshot wounds", "One man received a graze wound"
def test_received_injuries():
    assert pairs("A third teenager received non-life-threatening injuries.") == {("injured", 1)}
    assert pairs("Four others received gunshot wounds in the shooting.") == {("injured", 4)}
    assert pairs("One man received a graze wound to the head.") == {("injured", 1)}
    assert pairs("The hospital received three calls about the shooting.") == set()


# Taken to a hospital "by ambulance" (or helicopter, EMS) as taken there: "The victim was transported by ambulance to
# a local hospital and is in stable condition"
def test_taken_by_ambulance_to_hospital():
    assert pairs("The victim was transported by ambulance to a local hospital and is in stable condition.") == {
        ("injured", 1)}
    assert pairs("A 20-year-old man was taken by ambulance to Holy Cross Hospital.") == {("injured", 1)}
    assert pairs("The boy was rushed by ambulance to the hospital, where he later died.") == {("killed", 1)}


# One found wounded whom the next sentence, opening on "The victim", reports dead is killed only: "discovered a man
# suffering from a gunshot wound. The victim, 20-year-old Brandon Ward, was taken to a local hospital, where he
# later died"
def test_found_wounded_then_the_victim_died():
    text = ("Officers discovered a man suffering from a gunshot wound. The victim, 20-year-old Brandon Ward, was taken "
            "to a local hospital, where he later died.")
    assert pairs(text) == {("killed", 1)}
    assert pairs("Officers discovered a man suffering from a gunshot wound. The victim is expected to survive.") == {
        ("injured", 1)}


# One victim told "was shot", whose survival the article tells further on, in an article with no death and no other
# casualty figure: "A 16-year-old boy was shot Thursday ... Police believe his injury is non-life-threatening"
def test_one_shot_then_alive():
    assert pairs("A 16-year-old boy was shot Thursday afternoon near Sherman Boulevard. Police believe the shots came "
                 "from another vehicle. Police believe his injury is non-life-threatening.") == {("injured", 1)}
    assert pairs("A woman was shot at a Dunkin' Donuts on Saturday. The woman suffered a \"non-life threatening\" "
                 "wound.") == {("injured", 1)}
    assert pairs("A man was shot on Main Street on Sunday. Police did not say how he is.") == set()
    assert pairs("A man was shot on Main Street on Sunday. Police are treating it as a homicide; a friend who was "
                 "with him survived.") == set()


# Taken to a hospital only to be checked, not for an injury: "transported to the hospital for a medical clearance",
# "taken to the hospital for evaluation", "taken to Queens Hospital Center to be checked out"
def test_taken_to_hospital_to_be_checked():
    assert pairs("The boyfriend was also taken to the hospital for evaluation, the sources said.") == set()
    assert pairs("The daughter was taken to Queens Hospital Center to be checked out.") == set()
    assert pairs("The man was taken to the hospital for evaluation of his wounds.") == {("injured", 1)}
    assert pairs("The man was taken to the hospital for treatment.") == {("injured", 1)}


# "A dispute" as a quarrel ("killed after a dispute", "a child support dispute", "a dispute that began at the mall")
# does not contest a figure; the verb does ("Police dispute the figure", "The army disputes that account")
def test_dispute_noun_not_disputed():
    assert not extract_casualties("Walter Moser, 48, was the man killed after a dispute Tuesday morning.")[0].disputed
    assert not extract_casualties("Two men were shot and killed after a dispute that began at the mall.")[0].disputed
    assert not extract_casualties("Three women were killed by a man who was in a child support dispute with one of "
                                  "them.")[0].disputed
    assert extract_casualties("Rebels said 50 soldiers were killed; the army disputes the figure.")[0].disputed
    assert extract_casualties("Rebels said 50 soldiers were killed, a figure the army disputed.")[0].disputed


# "Denied" bail, bond or an involvement contests no figure: "He is being held after being denied bail", "Bond was
# denied", "were taken into custody but denied involvement"; a denied figure still is ("a claim the army denied")
def test_denied_bail_not_disputed():
    assert not extract_casualties("Two teens were taken into custody but denied involvement.")[0].disputed
    assert not extract_casualties("A judge denied bond for a woman charged with killing her father.")[0].disputed
    assert not extract_casualties("Bond was denied for the couple charged in the death of a 9-year-old.")[0].disputed
    assert extract_casualties("Rebels said 50 soldiers were killed, which the army denied.")[0].disputed


# Police not confirming how, whether or who ("could not confirm if he was killed by deputies", "did not confirm how
# the man died", "have not confirmed the identity of the person killed") leave the figure itself undisputed
def test_unconfirmed_detail_not_disputed():
    assert not extract_casualties("A man was killed. Police did not confirm how the man died.")[0].disputed
    assert not extract_casualties("Investigators have not confirmed the identity of the person killed.")[0].disputed
    assert not extract_casualties("Two officers were injured, and police would not confirm how many civilians were "
                                  "hurt.")[0].disputed
    assert extract_casualties("Rebels said 50 soldiers were killed. Officials could not confirm the figure.")[0].disputed


# A victim "alive when" taken to a hospital, or "alive and conscious", is no retraction of a death: "The child was
# alive when she was transported to the hospital", "he was alive and was taken to a hospital"; "is still alive" after
# a death reported is
def test_alive_when_taken_not_disputed():
    assert not extract_casualties("A girl was injured. The child was alive when she was transported to the hospital, "
                                  "but her condition is not known.")[0].disputed
    assert not extract_casualties("The 16-year-old was wounded, but he was alive and was taken to a hospital.")[
        0].disputed
    assert extract_casualties("A man was reported killed, but police said he is still alive.")[0].disputed


# "suffered a cut" as "suffered cuts": "One person, a 22-year-old man, suffered a cut to his head during the fight and
# was taken to Upstate University Hospital"
def test_suffered_a_cut():
    assert pairs("One person, a 22-year-old man, suffered a cut to his head during the fight and was taken to Upstate "
                 "University Hospital.") == {("injured", 1)}
    assert pairs("A deputy sustained a deep cut to his arm.") == {("injured", 1)}


# The victim of a fatal or deadly shooting is one killed, in an article that tells no death in other words: "Police
# have identified the victim of a fatal shooting in MacArthur", "the victim of a deadly Christmas Day shooting"
def test_victim_of_fatal_shooting():
    assert pairs("Police have released the identity of the victim of a deadly Christmas Day shooting in Aurora. Cyril "
                 "Kim, 35, was found shot in the chest.") == {("killed", 1)}
    assert pairs("Police say a 12-year-old girl is the victim of a fatal shooting during an eviction.") == {
        ("killed", 1)}
    assert pairs("The victim of the shooting was identified as John Smith.") == set()
    assert pairs("He was the victim of an assault with a deadly weapon, police said.") == set()


# Not confirming what a death was ("did not confirm it was road rage") or who the shooters were ("cannot confirm the
# gender, age, ethnicity or number of shooters") leaves the figures undisputed
def test_unconfirmed_nature_not_disputed():
    assert not extract_casualties("The victim died on Tuesday. Detectives investigated his death as a homicide but did "
                                  "not confirm it was road rage.")[0].disputed
    assert not extract_casualties("A seventh person was injured. Police cannot confirm the gender, age or number of "
                                  "shooters involved.")[0].disputed
    assert extract_casualties("State media said 30 people died. Officials could not confirm it.")[0].disputed


# A wounded victim "alive and receiving treatment" or "alive and fighting for her life" retracts no death either
def test_alive_and_treated_not_disputed():
    assert not extract_casualties("Both victims were taken to the hospital where the child later died. The woman is "
                                  "alive and receiving treatment.")[0].disputed
    assert not extract_casualties("A girl was critically injured. She is alive and she is fighting for her life.")[
        0].disputed


# "Denied a handgun permit" contests no figure either
def test_denied_permit_not_disputed():
    assert not extract_casualties("A man was arrested, and police found a shotgun in his vehicle. He had been denied "
                                  "a handgun permit in March, but it was not clear why.")[0].disputed


# Other ways news copy words a killing "to death" ("stabbed", "beaten", "hacked to death" were known): "A boy was
# knifed to death", "was strangled / bludgeoned / mauled to death", "were trampled to death", "froze to death", and the
# active "knifed his neighbour to death"
def test_other_verbs_to_death():
    assert pairs("A boy was knifed to death outside his school.") == {("killed", 1)}
    assert pairs("A grandmother was mauled to death by a dog.") == {("killed", 1)}
    assert pairs("A 24-year-old man was strangled to death in his apartment.") == {("killed", 1)}
    assert pairs("The woman was bludgeoned to death with a hammer.") == {("killed", 1)}
    assert pairs("Eleven people were trampled to death in the crush.") == {("killed", 11)}
    assert pairs("Two hikers froze to death on the mountain.") == {("killed", 2)}
    assert pairs("The man knifed two men to death in a bar.") == {("killed", 2)}
    assert pairs("A gang battered a man to death.") == {("killed", 1)}


# A suicide by hanging is a death told by the one who died: "A prisoner has hung himself in his prison cell", "The inmate
# hanged himself in his cell" ("hung" is the common form of "hanged" in news copy), and one "found hanged"
def test_hanged_himself():
    assert pairs("A prisoner has hung himself in his prison cell.") == {("killed", 1)}
    assert pairs("The inmate hanged himself in his cell.") == {("killed", 1)}
    assert pairs("A woman hanged herself at her home on Sunday.") == {("killed", 1)}
    assert pairs("A detainee was found hanged in his cell.") == {("killed", 1)}


# More person nouns news names a single victim by, from shops, schools, guard duty, trades and war: "A shopkeeper was
# killed during a robbery", "A schoolgirl was killed when a lorry mounted the pavement", "A peacekeeper was wounded"
def test_more_singular_victim_nouns():
    assert pairs("A shopkeeper was killed during a robbery.") == {("killed", 1)}
    assert pairs("A schoolgirl was killed when a lorry mounted the pavement.") == {("killed", 1)}
    assert pairs("A schoolboy was knifed to death outside his school.") == {("killed", 1)}
    assert pairs("A peacekeeper was wounded in the attack.") == {("injured", 1)}
    assert pairs("A street vendor was shot dead.") == {("killed", 1)}


# People counted by nationality or faith, as international copy counts the dead of a war or an attack: "12 Palestinians
# were killed", "Three Israelis were wounded", "Two Britons were arrested"
def test_nationality_plurals():
    assert pairs("12 Palestinians were killed in the strike.") == {("killed", 12)}
    assert pairs("Three Israelis were wounded in the attack.") == {("injured", 3)}
    assert pairs("Two Britons were arrested at the airport.") == {("detained", 2)}
    assert pairs("At least 40 Rohingya drowned when their boat sank.") == {("killed", 40)}


# A strike on "another" school, hospital, mosque or village is a strike of its own, beside the report's: "three Gazans
# were killed when Israeli forces attacked another UN school in Gaza City"
def test_attack_on_another_place_other_event():
    claims = extract_casualties("Forty people were killed at the school. Hours earlier, three men died when the army "
                                "bombed another UN school in the city.")
    assert [(c.value, c.about_other_event) for c in claims] == [(40, False), (3, True)]
    assert not extract_casualties("Gunmen attacked a village, killing 12 people.")[0].about_other_event


# The perfect of "took three people into custody": "Police said they had taken 89 people into custody"
def test_had_taken_into_custody():
    assert pairs("Police said they had taken 89 people into custody.") == {("detained", 89)}
    assert pairs("Authorities have taken two men into custody.") == {("detained", 2)}


# More words of a killing: the gerund "shooting dead" before its victim ("after shooting dead his pregnant
# girlfriend", as "shot dead" is read), "beheaded", "lynched", and "cost the lives of" beside "claimed the lives of"
def test_more_killing_words():
    assert pairs("He was charged with murder after shooting dead his pregnant girlfriend.") == {("killed", 1)}
    assert pairs("The attackers beheaded two aid workers.") == {("killed", 2)}
    assert pairs("A man was lynched by a mob.") == {("killed", 1)}
    assert pairs("The attack cost the lives of 22 soldiers.") == {("killed", 22)}


# British copy's "admitted to hospital" is "taken to hospital", and broken bones are injuries: "Twenty-one people were
# admitted to hospital with burns", "Two officers suffered broken bones", "A man suffered a broken leg"
def test_admitted_to_hospital_and_broken_bones():
    assert pairs("Twenty-one people were admitted to hospital with burns.") == {("injured", 21)}
    assert pairs("Three people were admitted to a local hospital.") == {("injured", 3)}
    assert pairs("Two officers suffered broken bones.") == {("injured", 2)}
    assert pairs("A man suffered a broken leg in the crash.") == {("injured", 1)}


# "All" before the count a term takes, as crash reports word a toll of everyone: "A plane crash killed all 62 people
# aboard", "The blast killed all five miners"
def test_killed_all_count():
    assert pairs("A plane crash killed all 62 people aboard.") == {("killed", 62)}
    assert pairs("The blast killed all five miners.") == {("killed", 5)}
    assert pairs("Police arrested all 12 suspects.") == {("detained", 12)}


# "On board" between the victims and the term, as "aboard" is read: "All 62 people on board were killed" (a count on
# board with no term after it stays no claim)
def test_on_board_before_term():
    assert pairs("All 62 people on board were killed.") == {("killed", 62)}
    assert pairs("The boat had 40 people on board.") == set()


# "The number of confirmed / reported deaths" is the number of deaths: "The number of confirmed deaths climbed to 2,310"
def test_number_of_confirmed_deaths():
    assert pairs("The number of confirmed deaths climbed to 2,310 on Sunday.") == {("killed", 2310)}
    assert pairs("The number of reported injuries rose to 45.") == {("injured", 45)}


# "Each" or "all" as the subject of a clause of its own, after the group it stands for: "Two women were struck by a
# vehicle; each was treated for injuries", "Three men were shot, and all were taken to hospital" (not a group whose
# outcome is told apart: "Two men were shot, and each was questioned")
def test_each_after_group():
    assert pairs("Two women were struck by a vehicle; each was treated for injuries.") == {("injured", 2)}
    assert pairs("Two women were struck by a vehicle, and each was then taken to hospital with injuries.") == {
        ("injured", 2)}
    assert pairs("Three men were shot, and all were taken to hospital.") == {("injured", 3)}
    assert pairs("Two men were questioned, and each was released.") == set()


# Displacement told by the force that drove people out: "Around 4,000 people were forced to leave their homes", and the
# active "The fighting forced 25,000 people to flee", "forced more than 10,000 residents to evacuate", "forced 2,000
# families from their homes"
def test_forced_to_leave():
    assert pairs("Around 4,000 people were forced to leave their homes.") == {("displaced", 4000)}
    assert pairs("About 500 people abandoned their homes.") == {("displaced", 500)}
    assert pairs("The fighting forced 25,000 people to flee.") == {("displaced", 25000)}
    assert pairs("The fires have forced more than 10,000 residents to evacuate.") == {("displaced", 10000)}
    assert pairs("The floods forced 2,000 families from their homes.") == {("displaced", 2000)}
    assert pairs("The rules forced two officers to resign.") == set()


# Hit by a vehicle between the victim and the term, as "hit by gunfire" is read: "A boy was hit by a car and died at the
# scene", "A woman was struck by a pickup truck and seriously injured", "was run over by a bus and killed"
def test_hit_by_vehicle_then_term():
    assert pairs("A boy was hit by a car and died at the scene.") == {("killed", 1)}
    assert pairs("A woman was struck by a pickup truck and seriously injured.") == {("injured", 1)}
    assert pairs("A man was run over by a bus and killed.") == {("killed", 1)}
    assert pairs("Two pedestrians were struck by an SUV and taken to a hospital.") == {("injured", 2)}


# "Shot him dead", as "pronounced him dead": "The gunman wounded four people before police shot him dead"
def test_shot_him_dead():
    assert pairs("The gunman wounded four people before police shot him dead.") == {("injured", 4), ("killed", 1)}
    assert pairs("Troops shot her dead at a checkpoint.") == {("killed", 1)}


# A part "of whom" or "of them" after a comma is no second group sharing the verb with the group before it: "picked up
# 120 migrants, three of whom had died" (killed 3, not 120), "Police shot two men, one of whom died"
def test_part_of_whom_not_coordinated():
    assert pairs("The coast guard picked up 120 migrants, three of whom had died.") == {("killed", 3)}
    assert pairs("Police shot two men, one of whom died.") == {("killed", 1)}
    assert pairs("Two officers, a man and three children were killed.") == {("killed", 2), ("killed", 1),
                                                                          ("killed", 3)}


# "Detentions" after a figure, as "arrests": "Authorities reported more than 2,000 detentions"
def test_detentions_noun():
    assert pairs("Authorities reported more than 2,000 detentions.") == {("detained", 2000)}


# "Uprooted" before the people it counts, as "displaced" is read: "Fighting has uprooted more than 100,000 people"
def test_uprooted_before():
    assert pairs("Fighting has uprooted more than 100,000 people.") == {("displaced", 100000)}
    assert pairs("Some 5,000 villagers were uprooted by the floods.") == {("displaced", 5000)}


# Arrests "nationwide" are the unrest a report tells, not a statistic of the country: "The interior ministry said
# 1,200 people had been detained nationwide" (the dead "slain nationwide in July" stay another event's)
def test_detained_nationwide_own_event():
    assert pairs("The interior ministry said 1,200 people had been detained nationwide.") == {("detained", 1200)}
    assert pairs("More than 500 were arrested nationwide on Sunday.") == {("detained", 500)}
    assert extract_casualties("Other figures showed that 19 officers had been slain nationwide in July.")[
        0].about_other_event


# A month that dates the start of the unrest a report tells is no other event: "More than 10,000 people have been
# arrested since the protests began in September" (a month alone still dates another: "Two men were arrested in March")
def test_month_event_began_in():
    assert not extract_casualties("More than 10,000 people have been arrested since the protests began in "
                                  "September.")[0].about_other_event
    assert not extract_casualties("More than 300 people have been killed since the uprising started in March.")[
        0].about_other_event
    assert extract_casualties("Two men were arrested in March.")[0].about_other_event


# The degrees wire copy gives a wound besides "slightly" and "seriously": "Two officers were lightly injured", "a
# soldier was moderately wounded"
def test_lightly_moderately_injured():
    assert pairs("Two officers were lightly injured.") == {("injured", 2)}
    assert pairs("A soldier was moderately wounded in the attack.") == {("injured", 1)}


# Captives of war: "Three soldiers were taken prisoner", "were taken captive", "are being held captive" (detained, as
# hostages are)
def test_taken_prisoner():
    assert pairs("Three soldiers were taken prisoner.") == {("detained", 3)}
    assert pairs("Two aid workers were taken captive in the raid.") == {("detained", 2)}
    assert pairs("Some 200 people are still held captive.") == {("detained", 200)}


# "Gone missing", as "missing": "Three fishermen have gone missing", "A hiker went missing on Sunday"
def test_gone_missing():
    assert pairs("Three fishermen have gone missing.") == {("missing", 3)}
    assert pairs("A hiker went missing on Sunday.") == {("missing", 1)}


# Burns "sustained" as those "suffered", and smoke inhalation suffered, as fire reports word the hurt: "Two firefighters
# sustained minor burns", "Six residents suffered smoke inhalation"
def test_sustained_burns_smoke_inhalation():
    assert pairs("Two firefighters sustained minor burns.") == {("injured", 2)}
    assert pairs("Six residents suffered smoke inhalation.") == {("injured", 6)}


# A single victim "shot dead" with no helper verb, as headlines and participles word it: "Man, 25, shot dead in Bronx",
# "a man shot dead on Sunday" ("shot" before "dead" makes it a killing, not "a dead man")
def test_singular_shot_dead_participle():
    assert pairs("Man, 25, shot dead in Bronx") == {("killed", 1)}
    assert pairs("Police say a man shot dead on Sunday was 25.") == {("killed", 1)}
    assert pairs("A former police officer shot dead a pharmacy owner.") == {("killed", 1)}


# Two nouns joined by "and" after one count are one group, however many words the first takes: "Sixteen police officers
# and soldiers were killed", "Sixteen police officers and national guardsmen were killed" (a second count is a group of
# its own: "Three officers and two civilians were killed")
def test_count_of_two_joined_nouns():
    assert pairs("Sixteen police officers and soldiers were killed.") == {("killed", 16)}
    assert pairs("Sixteen police officers and national guardsmen were killed, two of them found beheaded.") == {
        ("killed", 16), ("killed", 2)}
    assert pairs("Three police officers and two civilians were killed.") == {("killed", 3), ("killed", 2)}


# "Internally displaced", the words of UN and aid agencies: "at least 1.5 million people had been internally displaced"
def test_internally_displaced():
    assert pairs("The UN said at least 1.5 million people had been internally displaced.") == {("displaced", 1500000)}


# An ordinal victim with the helper verb left out, after a count with its own: "Two people were killed and a third
# injured", "One man was killed and a second wounded"
def test_ordinal_victim_elided_verb():
    assert pairs("Two people were killed and a third injured.") == {("killed", 2), ("injured", 1)}
    assert pairs("One man was killed and a second wounded.") == {("killed", 1), ("injured", 1)}


# A figure counted by a noun of its own ("2 fatalities", "2 deaths") is no second group sharing its term with the group
# before it: "Details confirmed 4 victims, 2 fatalities, 2 wounded" (killed 2, not 4)
def test_noun_count_not_coordinated():
    assert pairs("Details confirmed 4 victims, 2 fatalities, 2 wounded.") == {("killed", 2), ("injured", 2)}
    assert pairs("Two officers and a civilian were killed.") == {("killed", 2), ("killed", 1)}


# "Fatality" in the singular after "one", as "one arrest" is read: "Police confirmed one fatality", "we had one fatality,
# 10 treated with gunshot wounds"
def test_one_fatality():
    assert pairs("Police confirmed one fatality.") == {("killed", 1)}
    assert pairs("Details confirmed 4 victims, 1 fatality, 3 wounded.") == {("killed", 1), ("injured", 3)}


# British copy puts "a" before the condition: "four men were in a critical condition", "is in a serious but stable
# condition"
def test_in_a_condition():
    assert pairs("Police said four men were in a critical condition.") == {("injured", 4)}
    assert pairs("A 40-year-old man is in a serious but stable condition.") == {("injured", 1)}
    assert pairs("A woman remains in a stable condition in hospital.") == {("injured", 1)}


# A toll "is now" a figure: "The confirmed death toll is now 2,041" ("body count" was tried and left out: it also tallies
# an area's killings over months, "The body count in Pine Hills is up to seven in less than three months")
def test_toll_is_now():
    assert pairs("The confirmed death toll is now 2,041.") == {("killed", 2041)}
    assert pairs("The toll was now 56.") == {("killed", 56)}


# The active "treated N for injuries", with the victims between: "Hospitals treated 220 people for injuries", "Medics
# treated two officers for minor wounds" (not "treated 40 people for heat exhaustion", no injury)
def test_treated_count_for_injuries():
    assert pairs("Hospitals treated 220 people for injuries.") == {("injured", 220)}
    assert pairs("Medics treated two officers for minor wounds.") == {("injured", 2)}
    assert pairs("Paramedics treated 40 people for heat exhaustion.") == set()


# A vague amount "of" a plural noun the victim rows lack, when a term follows it, as a figure with such a noun is read:
# "Dozens of activists were detained", "Scores of journalists were arrested" ("dozens of dogs were killed" stays none)
def test_vague_of_unlisted_plural():
    assert pairs("Dozens of activists were detained.") == {("detained", 24)}
    assert pairs("Scores of bloggers were arrested.") == {("detained", 40)}
    assert pairs("Dozens of dogs were killed.") == set()


# A victim "stabbed but survived", as one "shot but survived": "The victim's mother was also stabbed but survived"
def test_stabbed_but_survived():
    assert pairs("The victim's mother was also stabbed but survived.") == {("injured", 1)}
    assert pairs("Two men were stabbed and survived.") == {("injured", 2)}


# People "driven" from their homes with the force before them, as "forced" is read: "The fighting has driven 50,000
# people from their homes", "drove thousands of villagers from their homes"
def test_driven_from_homes():
    assert pairs("The fighting has driven 50,000 people from their homes.") == {("displaced", 50000)}
    assert pairs("The floods drove 3,000 families from their homes.") == {("displaced", 3000)}
    assert pairs("He drove two friends to the party.") == set()


# A vague amount "reported" after its helper, as after none: "Scores were reported killed", "Dozens were reported
# injured"
def test_vague_were_reported():
    assert pairs("Scores were reported killed.") == {("killed", 40)}
    assert pairs("Dozens were reported injured in the clashes.") == {("injured", 24)}


# The wounded "evacuated" are carried off for care, not driven from their homes: "its teams had evacuated 112 wounded
# people" (injured), as an adjective before the victims tells their hurt ("evacuated 40 soldiers" stays displaced)
def test_evacuated_wounded_injured():
    assert pairs("The Red Crescent said its teams had evacuated 112 wounded people.") == {("injured", 112)}
    assert pairs("Some 40 injured soldiers were evacuated by helicopter.") == {("injured", 40)}
    assert pairs("Helicopters evacuated 40 soldiers.") == {("displaced", 40)}


# An adjective between a figure and its casualty noun: "Officials reported 12 new deaths", "3,000 confirmed deaths",
# "2,000 arbitrary arrests"
def test_adjective_before_casualty_noun():
    assert pairs("Officials reported 12 new deaths.") == {("killed", 12)}
    assert pairs("There were 3,000 confirmed deaths.") == {("killed", 3000)}
    assert pairs("The group documented 2,000 arbitrary arrests.") == {("detained", 2000)}


# "Detention" as wire copy of unrest words custody: "Some 300 people remain in detention", "Twelve activists were placed
# in pre-trial detention", "Five journalists were taken into detention"; and a pick-up by "security forces", as one "by
# police": "About 40 people were picked up by security forces"
def test_in_detention():
    assert pairs("Some 300 people remain in detention.") == {("detained", 300)}
    assert pairs("Twelve activists were placed in pre-trial detention.") == {("detained", 12)}
    assert pairs("Five journalists were taken into detention.") == {("detained", 5)}
    assert pairs("About 40 people were picked up by security forces.") == {("detained", 40)}


# More words of people driven out, as disaster and war copy writes them: "More than 5,000 people fled their villages",
# "Nearly 2,000 people were rendered homeless", "Some 600 people were moved to shelters", "moved to higher ground",
# "were relocated to safer areas"
def test_fled_villages_rendered_homeless():
    assert pairs("More than 5,000 people fled their villages.") == {("displaced", 5000)}
    assert pairs("Nearly 2,000 people were rendered homeless.") == {("displaced", 2000)}
    assert pairs("Some 600 people were moved to shelters.") == {("displaced", 600)}
    assert pairs("About 3,000 residents were moved to higher ground.") == {("displaced", 3000)}
    assert pairs("More than 10,000 people were relocated to safer areas.") == {("displaced", 10000)}


# People forced to evacuate or who fled to neighbouring countries, and those a disaster "displaces", as wire copy of
# wars and disasters words them: "About 5,000 people were forced to evacuate", "had fled to neighbouring countries",
# "Floods kill 9, displace 20,000 in Kenya"; a suspect who "fled the country" stays out
def test_forced_to_evacuate_fled_to_neighbouring_countries():
    assert pairs("About 5,000 people were forced to evacuate as the river rose.") == {("displaced", 5000)}
    assert pairs("The UN said more than 1 million people had fled to neighbouring countries.") == {
        ("displaced", 1000000)}
    assert pairs("Floods kill 9, displace 20,000 in Kenya") == {("killed", 9), ("displaced", 20000)}
    assert pairs("The storm displaces 3,000 people.") == {("displaced", 3000)}
    assert pairs("Warrants were issued for another suspect who had fled the country.") == set()


# Arrests "nationwide" with the people arrested between, as wire copy of unrest words them: "Police arrested 300
# protesters nationwide", "Authorities detained 40 opposition activists nationwide" (the dead "killed nationwide" stay
# another event's)
def test_arrested_people_nationwide_own_event():
    assert pairs("Police arrested 300 protesters nationwide.") == {("detained", 300)}
    assert pairs("Authorities detained 40 opposition activists nationwide.") == {("detained", 40)}
    assert pairs("Police said 1,400 people were killed nationwide last month.") == set()


# Captives of war taken "prisoner" or "captive" with the verb before them, as "took two guards hostage" is read: "Russian
# forces took 40 Ukrainian fighters prisoner", "The rebels took two soldiers captive"
def test_took_people_prisoner():
    assert pairs("Russian forces took 40 Ukrainian fighters prisoner, the ministry said.") == {("detained", 40)}
    assert pairs("The rebels took two soldiers captive.") == {("detained", 2)}
    assert pairs("The prisoner was moved to another jail.") == set()


# The earlier figure a changed toll is set against, of the same category: "revised the death toll down to 28 from 35",
# "19 people died, up from an earlier count of 11", "put the toll at 28, up from 11"
def test_earlier_figure_of_a_changed_toll():
    assert pairs("Officials revised the death toll down to 28 from 35.") == {("killed", 28), ("killed", 35)}
    assert pairs("Officials now say 19 people died, up from an earlier count of 11.") == {("killed", 19), ("killed", 11)}
    assert pairs("Police put the number of injured at 28, up from 11 on Monday.") == {("injured", 28), ("injured", 11)}
    assert pairs("The blast killed 12 people from 3 villages.") == {("killed", 12)}


# A figure put against an earlier one of the same sentence counts what that one counts: "Officials estimated that 70
# people had been killed, but opposition groups put the figure at over 200"
def test_put_the_figure_at():
    assert pairs("Officials estimated that 70 people had been killed, but opposition groups put the figure at over 200."
                 ) == {("killed", 70), ("killed", 200)}
    assert pairs("Police said 40 people were arrested; organisers put the number at 60.") == {
        ("detained", 40), ("detained", 60)}


# A family counted by its members after the term, as wire copy words a household killed: "An Israeli strike on a
# house in Rafah killed a family of eight", "killing a family of five"
def test_term_before_a_family_of():
    assert pairs("An Israeli strike on a house in Rafah killed a family of eight, relatives said.") == {("killed", 8)}
    assert pairs("The shell hit the building, killing a family of five.") == {("killed", 5)}


# Another's figure "of" a number set against a count before it counts the same: "as many as 200 people were killed,
# far more than the figure of 40"
def test_other_figure_of():
    assert pairs("Rights groups say as many as 200 people were killed, far more than the figure of 40.") == {
        ("killed", 200), ("killed", 40)}
    assert pairs("Police said 12 people were hurt, below an earlier estimate of 20.") == {("injured", 12), ("injured", 20)}


# A victim taken to a named hospital by rescuers, then how they were: "Paramedics took the woman to Mercy Hospital in
# serious condition" (as "was taken to Mercy Hospital in serious condition" is read)
def test_took_victim_to_named_hospital_in_condition():
    assert pairs("Paramedics took the woman to Mercy Hospital in serious condition.") == {("injured", 1)}
    assert pairs("Medics rushed two men to Stroger Hospital in critical condition.") == {("injured", 2)}
    assert pairs("Another man was taken by a friend to Jackson Park Hospital with a gunshot wound.") == {("injured", 1)}


# More words of wire and local copy: the "electrocuted" and "smothered" dead, and people who "fled to * towns /
# cities", as those who fled to camps or countries
def test_electrocuted_smothered_fled_to_towns():
    assert pairs("Six people were electrocuted when a power line fell.") == {("killed", 6)}
    assert pairs("A baby was smothered by her father.") == {("killed", 1)}
    assert pairs("Hundreds of villagers fled to neighbouring towns.") == {("displaced", 200)}
    assert pairs("Some 4,000 people fled to nearby cities.") == {("displaced", 4000)}


# People a disaster "left without homes" or "without shelter" are displaced, as those it "left homeless": "The floods
# left 80,000 people without homes"
def test_left_without_homes():
    assert pairs("The floods left 80,000 people without homes.") == {("displaced", 80000)}
    assert pairs("The quake has left some 5,000 families without shelter.") == {("displaced", 5000)}
    assert pairs("The storm left 20,000 people without power.") == set()


# "Each" or "All" opening a sentence after one that opened on a counted group is that group: "Two women were struck by
# a car on Main Street. Each was taken to hospital with minor injuries" (injured 2)
def test_each_after_counted_group():
    assert pairs("Two women were struck by a car on Main Street. Each was taken to hospital with minor injuries.") == {
        ("injured", 2)}
    assert pairs("Three men were found in the car. All were wounded.") == {("injured", 3)}
    assert pairs("Police stopped the car. Each was taken to hospital.") == set()
    assert pairs("Two men were arrested. Each was charged with murder.") == {("detained", 2)}


# Miners "trapped underground" or "below ground", whose outcome is not given, are missing, as people trapped under
# rubble are: "Eight miners were trapped underground after a methane explosion"
def test_trapped_underground():
    assert pairs("Eight miners were trapped underground after a methane explosion.") == {("missing", 8)}
    assert pairs("Some 30 workers were trapped below ground.") == {("missing", 30)}


# More people "seized" by gunmen, as kidnapping copy words them: "Gunmen seized 30 passengers from a bus", "seized 80
# villagers", "seized 276 schoolgirls"
def test_seized_passengers_villagers():
    assert pairs("Gunmen seized 30 passengers from a bus.") == {("detained", 30)}
    assert pairs("Militants seized 80 villagers in a night raid.") == {("detained", 80)}
    assert pairs("Boko Haram seized 276 schoolgirls from their dormitory.") == {("detained", 276)}


# People "booked" by police are detained, as US local copy words an arrest processed: "Police said 31 people were
# booked"
def test_people_booked():
    assert pairs("Police said 31 people were booked.") == {("detained", 31)}
    assert pairs("The suspect was booked Friday night.") == {("detained", 1)}


# A death told as presumed counts, as one "believed" or "feared" dead does (a hedged figure is still a figure): "Dr
# Mark Vinar, 43, is presumed dead", "Three sailors were presumed drowned"; never a presumption of anything else
def test_presumed_dead():
    assert pairs("Dr Mark Vinar, 43, is presumed dead after disappearing off Zurbriggens Ridge.") == {("killed", 1)}
    assert pairs("Three sailors were presumed drowned when the ferry sank.") == {("killed", 3)}
    assert pairs("Four crew members were presumed dead.") == {("killed", 4)}
    assert pairs("The suspect is presumed innocent until proven guilty.") == set()
    assert pairs("She was presumed to be the owner of the car.") == set()


# A count of "murder victims" or "homicide victims" is of the dead, as the noun before "victims" tells: "Family members
# of the four murder victims" (killed 4); not an attempted murder's, nor victims of a harm they may survive, nor murder
# suspects
def test_murder_victims_counted():
    assert pairs("Family members of the four murder victims spoke at the hearing.") == {("killed", 4)}
    assert pairs("Relatives of the five homicide victims gathered outside.") == {("killed", 5)}
    assert pairs("The three crash victims were identified on Monday.") == set()
    assert pairs("The two murder suspects were arrested.") == set()
    assert pairs("The four attempted murder victims spoke.") == set()


# Injuries told by their effects are injured: "left a man paralysed", "suffered a concussion", "was left in a coma",
# "lost an eye", "knocked unconscious" (not someone who left a place, nor a coma patient named as such)
def test_injury_told_by_effects():
    assert pairs("The shooting left two people paralyzed.") == {("injured", 2)}
    assert pairs("The boy suffered a concussion.") == {("injured", 1)}
    assert pairs("A woman was left in a coma after the attack.") == {("injured", 1)}
    assert pairs("One officer lost an eye in the blast.") == {("injured", 1)}
    assert pairs("A man was knocked unconscious.") == {("injured", 1)}
    assert pairs("The teen was left brain damaged.") == {("injured", 1)}
    assert pairs("A sub shop worker said he shot and paralyzed a 15-year-old boy.") == {("injured", 1)}
    assert pairs("He left the scene before police arrived.") == set()
    assert pairs("The coma patient was moved to a new ward.") == set()


# A victim named by a pronoun after "left", before the term that tells how: "he left her brain-damaged and blind in
# one eye" (injured 1), as "left a man paralyzed" is; not a place or a thing left, nor an earlier harm after "had"
def test_left_pronoun_term():
    assert pairs("He beat her so badly he left her brain-damaged and blind in one eye.") == {("injured", 1)}
    assert pairs("He shot her and left her paralyzed.") == {("injured", 1)}
    assert pairs("He left her home at 6 a.m.") == set()
    assert pairs("She left him a voicemail.") == set()
    assert pairs("He had survived a car accident that had left him in a coma.") == set()


# A vague amount with a hedged casualty term after it counts, as "Scores were reported killed" does: "Hundreds are
# feared dead", "Dozens were presumed drowned" (not a hedge about anything else: "Dozens are believed to be inside")
def test_vague_amount_hedged():
    assert pairs("Hundreds are feared dead after the earthquake.") == {("killed", 200)}
    assert pairs("Dozens were presumed drowned.") == {("killed", 24)}
    assert pairs("Dozens are believed to be in the building.") == set()


# More injuries told by their effects: limbs lost, burns, poisoning, life support ("Two men lost their legs in the
# explosion", "The blast left 20 people with burns", "the boy is on life support")
def test_more_injury_effects():
    assert pairs("Two men lost their legs in the explosion.") == {("injured", 2)}
    assert pairs("The blast left 20 people with burns.") == {("injured", 20)}
    assert pairs("Three miners suffered carbon monoxide poisoning.") == {("injured", 3)}
    assert pairs("A family friend says the boy is on life support.") == {("injured", 1)}
    assert pairs("Tremaine Wilbourn is accused of killing officer Sean Bolton on Saturday night.") == {("killed", 1)}


# "Slaying" and "massacre" before "victims" tell them dead, as "murder" does: "Relatives of the two slaying victims"
def test_slaying_massacre_victims_counted():
    assert pairs("Relatives of the two slaying victims spoke.") == {("killed", 2)}
    assert pairs("The three massacre victims were buried.") == {("killed", 3)}


# A death by one's own hand told as a suicide: "committed suicide", "died by suicide" (a "suicide bomber" or "suicide
# vest" is no such death, nor one attempted or threatened)
def test_committed_suicide_killed():
    assert pairs("A suspected Mafia leader committed suicide overnight after being arrested.") >= {("killed", 1)}
    assert pairs("The singer died by suicide at his Los Angeles home, his publicist said.") == {("killed", 1)}
    assert pairs("The man was wearing a suicide vest when he was stopped by police.") == set()
    assert pairs("She attempted suicide twice last year, her mother said.") == set()
    assert pairs("He had threatened to commit suicide if his wife left him.") == set()


# A single victim "feared", "presumed" or "believed dead" with no auxiliary is killed, the hedged death of wire briefs
# ("a Perth doctor feared dead after a fall"), unless the hedge is the count's own verb ("feared dead bodies")
def test_single_hedged_dead():
    assert pairs("A colleague paid tribute to a Perth doctor feared dead after a fall from a mountain.") == {("killed", 1)}
    assert pairs("An Australian tourist presumed dead in the floods has been named.") == {("killed", 1)}
    assert pairs("The villager feared dead bodies would be found.") == set()
    assert pairs("Three residents feared dead bodies would be found.") == set()


# "Father to two boys", as "father of two", names the victim's children, no count of their own
def test_parent_to_children_no_count():
    assert pairs("The 35-year-old newlywed and father to two boys died almost immediately.") == set()
    assert pairs("The father to two boys died almost immediately.") == {("killed", 1)}
    assert pairs("The mother spoke to two reporters who were injured.") == {("injured", 2)}
    assert pairs("A father to three was killed.") == {("killed", 1)}
    assert pairs("The gunman handed his rifle to two men, who were arrested.") == {("detained", 2)}


# A term after "after being" closing the clause of a single subject at the head of the sentence is the subject's:
# "The boss of the clan collapsed hours after being arrested"; past the subject's own casualty term, it is a second
# category ("hanged himself in prison hours after being arrested": killed and detained), never an injury beside a
# death ("died after being taken to the hospital"), nor a term in a speaker's clause about others
def test_single_subject_after_being():
    assert pairs("The boss of the clan collapsed hours after being arrested in Palermo.") == {("detained", 1)}
    assert pairs("A suspected Mafia leader has hanged himself in prison in Sicily hours after being arrested, "
                 "Italian police say.") == {("killed", 1), ("detained", 1)}
    assert pairs("A suspected Mafia leader committed suicide overnight after being arrested in a major police "
                 "sweep.") == {("killed", 1), ("detained", 1)}
    assert pairs("The man died after being taken to the hospital.") == {("killed", 1)}
    assert pairs("The governor also said that people had received treatment after being injured by the quake.") == set()
    assert pairs("Young and Miller were awake and talking with relatives after being hospitalized.") == set()


# "He and three others" are two groups: the others, a claim of their own, and four in all with him (the pronoun holds
# no count of its own: the same person is often named, or told dead, elsewhere)
def test_pronoun_and_others_part():
    assert pairs("He and four others were killed in the blast.") == {("killed", 5), ("killed", 4)}
    assert pairs("Police said he and three others were arrested.") == {("detained", 4), ("detained", 3)}
    assert pairs("She was at the club when he and six others were shot. All are expected to survive.") == {
        ("injured", 7), ("injured", 6)}


# A death told only in a sentence about another event (years before) does not keep a shot group whose survival is
# told further on from being injured
def test_shot_group_alive_past_other_event_death():
    text = ("She was at the club when six people were shot early Sunday.\n\nThe other people who were shot that night "
            "are expected to survive.\n\nShe said her husband was murdered while working as a bouncer in 2005.")
    assert pairs(text) == {("injured", 6)}


# A lone given name is a victim once the article names the person in full with it ("Jaylen Pender" ... "Jaylen was
# treated and released"), as a lone surname is; not the first word of a place's name ("in Lafayette Parish", "the Gaza
# Strip")
def test_lone_given_name_of_full_name():
    text = ("Deputies discovered a 12 year old male, Jaylen Pender of Indianapolis, had been accidentally shot. "
            "Jaylen was treated and released for non-life threatening injuries.")
    assert pairs(text) == {("injured", 1)}
    text = "A man has a pending court case in Lafayette Parish. Police say Lafayette was arrested at his home."
    assert pairs(text) == set()
    text = "Troops raided the Gaza Strip. Gaza was wounded."
    assert pairs(text) == set()


# "Dead or alive" leaves the question open: no death
def test_dead_or_alive_no_death():
    assert pairs("They weren't sure if the boy was dead or alive.") == set()
    assert pairs("The boy was dead when police arrived.") == {("killed", 1)}


# A shot group's aside set off by commas that names who it included breaks it into parts, as an aside set off by
# dashes does ("Four people, which also included two 14-year-olds and a 17-year-old, were all shot")
def test_shot_group_included_aside_parts():
    text = ("Four people, which also included two 14-year-olds and a 17-year-old, were all shot in the legs on "
            "Friday. The victims are all expected to survive.")
    assert pairs(text) == {("injured", 4), ("injured", 2)}
    text = "Six people, including three women, were shot on Friday. All are expected to survive."
    assert pairs(text) == {("injured", 6), ("injured", 3)}


# "Shot himself / herself dead" is killed, as "hanged himself" is; "dead center" is an aim, no death
def test_shot_himself_dead():
    assert pairs("An eighth-grade student has shot himself dead in what appeared to be a hunting accident.") == {
        ("killed", 1)}
    assert pairs("The officer shot herself dead inside the station on Friday.") == {("killed", 1)}
    assert pairs("He picked up the gun, turned it around and he shot himself dead center in the chest.") == set()


# A bare age is a victim before the verbs of a death by one's own hand, as before "died" or "killed": "The
# 31-year-old hanged herself", "A 16-year-old committed suicide", "The 19-year-old took his own life"
def test_bare_age_own_hand():
    assert pairs("The 31-year-old hanged herself in a police cell, her lawyer said.") == {("killed", 1)}
    assert pairs("A 16-year-old committed suicide after months of harassment.") == {("killed", 1)}
    assert pairs("The 19-year-old took his own life.") == {("killed", 1)}
    assert pairs("The 19-year-old took the stand on Monday.") == set()


# A term joined by "and" after a group that a verb before it acted on is the sentence subject's second verb when a
# singular helper opens it or it tells a death by the subject's own hand: the group is not its victim
def test_subject_verb_past_object_group():
    assert pairs("The gunman shot three people and was arrested.") == set()
    assert pairs("He crashed into two parked cars and was pronounced dead at the scene.") == {("killed", 1)}
    assert pairs("The man who shot three women and then killed himself had a child with one of them.") == {
        ("killed", 1)}
    assert pairs("The gunman wounded three people and was arrested.") == {("injured", 3)}
    assert pairs("Police arrested two men and charged them.") == {("detained", 2)}


# "and then committed suicide", "before committing suicide": the attacker's own death, one more dead (not a suicide
# threatened or attempted)
def test_self_killed_suicide():
    assert pairs("The gunman shot three people and then committed suicide.") == {("killed", 1)}
    assert pairs("The father killed his wife and two young daughters before committing suicide.") >= {("killed", 2)}
    assert ("killed", 1) in pairs("The gunman killed two people before committing suicide.")
    assert pairs("She said he had threatened to kill her and then commit suicide.") == set()


# A death later in the sentence after a time set off by a comma, or told with the typo "pronounce dead", makes the
# victim taken to hospital killed, not injured
def test_later_died_after_time_or_typo():
    assert pairs("The girl was rushed to Comer Children's Hospital, but by Tuesday morning, she died in her mother's "
                 "arms.") == {("killed", 1)}
    assert pairs("The boy was taken to a local hospital where he was pronounce dead on arrival.") == {("killed", 1)}
    assert pairs("The boy was taken to a hospital, but on Tuesday, his mother said he was recovering.") == {
        ("injured", 1)}


# "and died" right after the term in its clause, as "and pronounced dead", makes the victim killed only
def test_and_died_after_term():
    assert pairs("A man was gravely wounded and died Sunday.") == {("killed", 1)}
    assert pairs("He was taken to a nearby hospital and died Friday morning.") == {("killed", 1)}
    assert pairs("Five people were injured and two died.") == {("injured", 5), ("killed", 2)}


# "Trio" and "quartet" count three and four, as "couple" and "pair" count two
def test_trio_quartet_counts():
    assert pairs("The trio were arrested on Friday.") == {("detained", 3)}
    assert pairs("The targeted quartet were wounded on Friday.") == {("injured", 4)}
    assert pairs("A string quartet performed at the memorial.") == set()


# "More" before "bodies" counts them, as "new" does: "Two more bodies were found on Tuesday" (the bodies are this
# event's; "more" stays out before other nouns, where it may add to a tally of others: "two more arrests")
def test_more_bodies_found():
    assert pairs("Two more bodies were found on Tuesday.") == {("killed", 2)}
    assert pairs("Rescuers recovered 11 more bodies, raising the death toll to 52.") == {("killed", 11), ("killed", 52)}
    assert pairs("There were just two more arrests that we've had this year.") == set()


# A gun turned on oneself counts the attacker dead as the sentence's first verb too when the death is told right
# after it ("The shooter later turned the gun on himself and died at the scene"), and so does "shot himself dead";
# turned alone stays out, and with the attacker alive it is an injury
def test_turned_gun_on_self_and_died():
    assert pairs("The shooter later turned the gun on himself and died at the scene.") == {("killed", 1)}
    assert pairs("He turned the gun on himself and was pronounced dead at the scene.") == {("killed", 1)}
    assert pairs("The gunman shot himself dead as police closed in.") == {("killed", 1)}
    assert pairs("He turned the gun on himself, police said.") == set()
    assert pairs("He turned the gun on himself and survived.") == {("injured", 1)}
    assert pairs("The boy picked up a gun and he shot himself dead center in the chest.") == set()


# A second victim noun after one that opens a sentence bare shares its opening, as one after a determiner does:
# "Father and son were both killed" is two groups of one (and "both" their two), as "A father and son"
def test_bare_opening_shared_noun():
    assert pairs("Father and son were both killed when the car hit a tree.") == {("killed", 1), ("killed", 2)}
    assert pairs("Father and son were arrested in connection with the robbery.") == {("detained", 1)}
    assert pairs("Father and son run a bakery in the town.") == set()


# The people of campaigns and armed groups are victim nouns: "killing the candidate and 20 of his supporters" counts
# the candidate and the 20 (killed 1 and 20), "captured the warlord and 40 of his men" detained 1 and 40
def test_candidate_warlord_and_followers():
    assert pairs("A suicide bomber struck a campaign rally on Sunday, killing the candidate and 20 of his "
                 "supporters.") == {("killed", 1), ("killed", 20)}
    assert pairs("Soldiers captured the warlord and 40 of his men near the border.") == {("detained", 1), ("detained", 40)}
    assert pairs("The candidate thanked 200 of his supporters who had gathered outside.") == set()


# "Casualties" put first, then a verb of a total and the figure, counts injured, as the guidelines read "casualties"
# without "dead": "Casualties from the earthquake reached 320" (not where casualties were taken: "to 2 hospitals")
def test_casualties_reached():
    assert pairs("Casualties from the earthquake reached 320 by Tuesday evening.") == {("injured", 320)}
    assert pairs("Casualties reached 320, including 45 dead.") == {("injured", 320), ("killed", 45)}
    assert pairs("Casualties were taken to 2 hospitals.") == set()


# A victim noun before "figure", "estimate", "tally" or "count" is no victim, so "the official figure of 40" is
# another's figure for what the count before it counts, as "the government figure of 40" is
def test_official_figure_of():
    assert pairs("Witnesses said dozens were killed, far above the official figure of 40.") == {("killed", 24),
                                                                                               ("killed", 40)}
    assert pairs("The death toll rose to 40, above the official figure of 32.") == {("killed", 40), ("killed", 32)}
    assert pairs("The official figure of 40 million voters was published on Monday.") == set()


# Harm from "an earlier shooting" told as the background of another story is about another event, as harm from "a
# prior shooting" is: "A woman paralyzed in an earlier shooting spoke to reporters"
def test_earlier_shooting_other_event():
    claims = extract_casualties("A woman paralyzed in an earlier shooting spoke to reporters.")
    assert [(c.category, c.value, c.about_other_event) for c in claims] == [("injured", 1, True)]
    assert pairs("A woman was paralyzed in the shooting on Main Street, police said.") == {("injured", 1)}


# "Another" before a noun that carries its own category counts one more: "Another body was found" killed 1,
# "officers made another arrest" detained 1 (not a body only looked for: "searched for another body")
def test_another_body_or_arrest():
    assert pairs("Another body was found on Monday morning.") == {("killed", 1)}
    assert pairs("Memphis police have made yet another arrest in the shooting.") == {("detained", 1)}
    assert pairs("Police searched for another body.") == set()


# People "in captivity" are detained, as hostages held are: "two remain in captivity", "Ten people are still in
# captivity" (the dead who "died in captivity" stay killed only; animals "born in captivity" are no claim)
def test_in_captivity_detained():
    assert pairs("Three hostages were freed and two remain in captivity.") == {("detained", 3), ("detained", 2)}
    assert pairs("Ten people are still in captivity.") == {("detained", 10)}
    assert pairs("Two soldiers died in captivity.") == {("killed", 2)}
    assert pairs("Two pandas born in captivity were released.") == set()


# The day a victim was hit, between "shot" or "stabbed" and "and" with the term of what came of it, is passed over as
# where the victim was hit is: "A man was shot on Friday and died" killed 1, "was shot Saturday night and wounded"
def test_day_between_shot_and_outcome():
    assert pairs("A man was shot on Friday and died.") == {("killed", 1)}
    assert pairs("The toddler was shot early Friday evening and died at his home.") == {("killed", 1)}
    assert pairs("Two men were shot Saturday night and wounded.") == {("injured", 2)}
    assert pairs("A man was shot Friday and police are investigating.") == set()


# A gun turned on oneself with the attacker told alive right after it is injured 1, as the guidelines count one shot
# who survived: "he turned the gun on himself but survived"
def test_turned_gun_on_self_and_survived():
    assert pairs("Police said he turned the gun on himself but survived.") == {("injured", 1)}
    assert pairs("The gunman then turned the gun on himself and is in critical condition.") == {("injured", 1)}


# "Casualties" put first and a figure "at" which they were put is a count, as a toll's is: "Casualties were estimated
# at 500" injured 500 (not where casualties were treated: "at 2 local hospitals")
def test_casualties_estimated_at():
    assert pairs("Casualties were estimated at 500.") == {("injured", 500)}
    assert pairs("Casualties were about 40, officials said.") == {("injured", 40)}
    assert pairs("The casualties were treated at 2 local hospitals.") == set()


# "The" between a term before the victims and their count is passed over, as "his" and "their" are: "killing the two
# men" killed 2, "found the bodies of the three victims" killed 3, "officers detained the two individuals" detained 2
# (not a length in feet and inches: "captured the 12'6\" gator")
def test_the_before_count_after_term():
    assert pairs("He was charged with killing the two men.") == {("killed", 2)}
    assert pairs("Police found the bodies of the three victims.") == {("killed", 3)}
    assert pairs("So, the officers detained the two individuals.") == {("detained", 2)}
    assert pairs("They captured the 12'6\" gator Tuesday afternoon.") == set()


# A body found, recovered or pulled, told before it, counts one dead as a body "was found" does: "Crews recovered a
# body from the river", "Police entered the apartment and found the boy's body inside" (not one looked for)
def test_body_found_before():
    assert pairs("Crews recovered a body from the river.") == {("killed", 1)}
    assert pairs("Police entered the apartment and found the boy's body inside.") == {("killed", 1)}
    assert pairs("Police were searching for a body.") == set()


# The total a count before it adds to is of the same category: "Three more bodies were recovered, bringing the total
# to 14" killed 14, "arrested two more men, raising the tally to 9" detained 9 (nothing without a casualty before)
def test_bringing_the_total_to():
    assert pairs("Three more bodies were recovered, bringing the total to 14.") == {("killed", 3), ("killed", 14)}
    assert pairs("Police arrested two more men, raising the tally to 9.") == {("detained", 2), ("detained", 9)}
    assert pairs("The company hired 5 workers, bringing the total to 40.") == set()


# Two victim nouns a comma joins at a headline's bare opening are two groups of one, as "and" joins them: "Husband,
# wife killed in crash", "Mother, child found dead in southeast Houston home" (not an age: "Man, 29, fatally shot")
def test_headline_comma_pair():
    assert pairs("Husband, wife killed in crash") == {("killed", 1)}
    claims = extract_casualties("Mother, child found dead in southeast Houston home")
    assert [(c.number_text, c.category) for c in claims] == [("Mother", "killed"), ("child", "killed")]
    assert [c.number_text for c in extract_casualties("Man, 29, fatally shot")] == ["Man"]


# A relative clause after a name's age apposition is passed over to the verb, as one right after the name is: "John
# Smith, 52, who ran the clans of Palermo, was found dead in prison" killed 1
def test_relative_after_name_age():
    assert pairs("Gaetano Lo Presti, 52, who ran the clans of Palermo, was found dead in prison.") == {("killed", 1)}
    assert pairs("Anthony Bentley, 17, who lives blocks away, was arrested at the scene.") == {("detained", 1)}
    assert pairs("Alexia Wilson, 45, who works at the drug store, said she heard shots.") == set()


# A transitive term after "to have" is active even when "is" comes first: "Lee is believed to have killed Wilson"
# counts Wilson's death, not Lee's ("is believed to have been killed" stays passive)
def test_believed_to_have_killed_active():
    claims = extract_casualties("A man is believed to have killed his wife.")
    assert [(c.number_text, c.category) for c in claims] == [("his wife", "killed")]
    assert pairs("Evans and another man were believed to have shot and injured three men.") == {("injured", 3)}
    assert pairs("A man is believed to have been killed.") == {("killed", 1)}


# The people around a suspect or a victim are victim nouns: "arrested the suspect and two of his associates" detained
# 1 and 2, "a shootout that left his accomplice dead" killed 1
def test_associates_accomplices_companions():
    assert pairs("Police arrested the suspect and two of his associates.") == {("detained", 1), ("detained", 2)}
    assert pairs("A home invasion ended in a shootout that left his accomplice dead.") == {("killed", 1)}
    assert pairs("Her companion remained hospitalized in critical condition.") == {("injured", 1)}


# The weapon turned on oneself may have a word before it or be named by its model: "before turning his hunting rifle
# on himself", "turned an AK-47 on himself and died" (not a feeling: "turned his anger on himself")
def test_turned_weapon_variants():
    assert pairs("He shot two people before turning his hunting rifle on himself.") == {("killed", 1)}
    assert pairs("Parish turned an AK-47 on himself and died at the scene.") == {("killed", 1)}
    assert pairs("He turned his anger on himself and died a lonely man years later.") == set()


# "General" and "aide" name a single victim as other ranks and staff do; the adjective and the office are no victims
def test_general_and_aide_victims():
    assert pairs("A Russian general was killed in an explosion in Moscow.") == {("killed", 1)}
    assert pairs("The mayor's aide was found dead in his apartment.") == {("killed", 1)}
    assert pairs("Two aides were wounded in the blast.") == {("injured", 2)}
    assert pairs("The general strike shut down the city after the shooting.") == set()
    assert pairs("The attorney general said the suspect had been arrested.") == {("detained", 1)}


# A parent "of two" written with hyphens ("mother-of-two", as British copy writes it) or with an adjective before the
# children ("father of four young children") is one victim, the children no count
def test_hyphenated_parent_of_children():
    assert pairs("A mother-of-two was stabbed to death in her home.") == {("killed", 1)}
    assert pairs("A father-of-four was stabbed to death outside a pub.") == {("killed", 1)}
    assert pairs("A father of four young children died after the attack.") == {("killed", 1)}
    assert pairs("A mother of three was killed in the crash.") == {("killed", 1)}


# A death told at a time of someone's childhood ("when he was a child", "when she was 12") is a relative's, told as
# background: another event (not "when she was eight months pregnant", the victim's own state)
def test_death_in_childhood_background():
    assert pairs("His mother took her own life when he was a child.") == set()
    assert pairs("His father killed himself when he was 12.") == set()
    assert pairs("Her brother was shot dead when she was a teenager.") == set()
    assert pairs("She was shot dead when she was eight months pregnant.") == {("killed", 1)}


# A hospital visit after an arrest tells no injury (a suspect checked in custody): the arrest alone is the claim
def test_hospital_after_arrest_no_injury():
    assert pairs("The man was taken to hospital after being arrested.") == {("detained", 1)}
    assert pairs("A man was taken to hospital for treatment after being arrested.") == {("detained", 1)}
    assert pairs("The suspect was taken to a hospital after his arrest.") == {("detained", 1)}
    assert pairs("A man was taken to hospital with stab wounds after being arrested.") == {("injured", 1), ("detained", 1)}


# After a relative clause, a death by the subject's own hand is a finite verb on its own, as "died" is: "A teenager
# who was bullied at school for months took her own life"
def test_own_hand_death_after_relative_clause():
    assert pairs("A teenager who was bullied at school for months took her own life.") == {("killed", 1)}
    assert pairs("A student who had been bullied for years killed himself.") == {("killed", 1)}
    assert pairs("A man who was wanted by police turned himself in on Friday.") == {("detained", 1)}
    assert pairs("A woman who police say killed her son was arrested.") == {("detained", 1), ("killed", 1)}


# Single victims named by school, trade, office and family nouns news uses ("A pupil", "a herder", "a diplomat",
# "a widow"), and the plurals in "-men" that take no "s"
def test_more_single_victim_nouns():
    assert pairs("A pupil was stabbed to death near the school gates.") == {("killed", 1)}
    assert pairs("A herder was shot dead by suspected bandits.") == {("killed", 1)}
    assert pairs("A Russian diplomat was wounded in the attack.") == {("injured", 1)}
    assert pairs("An elderly widow was found dead in her home.") == {("killed", 1)}
    assert pairs("Two airmen were killed in the crash.") == {("killed", 2)}


# "He" or "she" opening the sentence is the subject of a term in "after being" at the end of its clause, as a name is
# ("She was charged with murder after being taken into custody")
def test_pronoun_subject_after_being():
    assert pairs("Jane Smith, 34, stabbed her partner. She was charged with murder after being taken into custody.") == {
        ("detained", 1)}
    assert pairs("He was charged after being arrested on Friday.") == {("detained", 1)}
    assert pairs("The company was fined. It was charged after being investigated.") == set()
    assert pairs("He was recently released from jail after being arrested for assault.") == set()


# An aside "which also included" between a group and its verb lists members, as "including" does: the group keeps its
# verb and the members take its category
def test_which_included_aside():
    assert pairs("The targeted quartet, which also included two 14-year-olds and a 17-year-old, were all wounded.") == {
        ("injured", 4), ("injured", 2), ("injured", 1)}
    assert pairs("Four people, which included two children, were killed.") == {("killed", 4), ("killed", 2)}


# A "trio" or "quartet" told shot with an aside of who it included, once that many were taken as injured: the aside's
# groups are injured parts ("The targeted quartet, which also included two 14-year-olds and a 17-year-old, were all
# shot in the legs")
def test_collective_shot_with_included_aside():
    text = ("Four kids were shot in the legs on Friday. The targeted quartet, which also included two 14-year-olds and "
            "a 17-year-old, were all shot in the legs. The victims are all expected to survive.")
    assert ("injured", 2) in pairs(text) and ("injured", 4) in pairs(text)
    assert pairs("The quartet, which included two 14-year-olds, were all shot in the legs.") == set()


# A hospital visit "for assessment" or "for a check-up" is one only to be checked, as "for evaluation" is
def test_hospital_for_assessment_no_injury():
    assert pairs("The suspect was taken to hospital for assessment after his arrest.") == {("detained", 1)}
    assert pairs("A woman was taken to hospital for a check-up as a precaution.") == set()
    assert pairs("A man was taken to hospital for assessment of his injuries.") == {("injured", 1)}


# "shot" after a count is the victims' verb, not a unit of shots, when a death or a wound completes it ("A father and
# son were both shot dead", "Five shot and killed"); a single shot fired stays no count
def test_count_then_shot_dead():
    assert ("killed", 2) in pairs("A father and son were both shot dead outside their home.")
    assert pairs("Five shot dead in Chicago.") == {("killed", 5)}
    assert pairs("Two shot and killed in Detroit.") == {("killed", 2)}
    assert pairs("The officer fired one shot into the air.") == set()


# A victim named by whom he serves, "to" or "for" a title, takes the verb after that complement ("A senior aide to the
# president was wounded", "A driver for the company was killed")
def test_victim_with_role_complement():
    assert pairs("A senior aide to the president was wounded in the blast.") == {("injured", 1)}
    assert pairs("A driver for the company was killed in the crash.") == {("killed", 1)}
    assert pairs("Officials say a shooting that sent a man to the hospital was accidental.") == {("injured", 1)}


# Refugee flows told without "countries": "fled to neighbouring Poland", "fled across the border into Chad", "fled the
# region" are displaced for a group, but not a lone person's or an attacker's flight (a suspect on the run)
def test_fled_across_border_displaced():
    assert pairs("More than 200,000 people have fled to neighbouring Poland since the invasion.") == {("displaced", 200000)}
    assert pairs("Some 20,000 people fled across the border into Chad, the UN said.") == {("displaced", 20000)}
    assert pairs("At least 10,000 people have fled the region since the clashes began.") == {("displaced", 10000)}
    assert pairs("The suspect fled across the border into Mexico.") == set()
    assert pairs("Two gunmen fled the region before police arrived.") == set()


# Victims a doctor or a hospital "treated" are injured, as those "treated for injuries" ("a navy nurse who had already
# treated 20 quake victims"); patients treated are no casualty figure
def test_treated_victims_injured():
    assert pairs("A navy nurse said she had already treated 20 quake victims.") == {("injured", 20)}
    assert pairs("Doctors at the field hospital treated 12 victims of the attack on Sunday.") == {("injured", 12)}
    assert pairs("The clinic treated 300 patients last year.") == set()


# "Previous convictions" (or a previous record) tell of a suspect's past, not that the figure is another event's:
# "A man who had previous convictions for burglary was arrested"
def test_previous_convictions_not_other_event():
    assert pairs("A man who had previous convictions for burglary was arrested on Tuesday.") == {("detained", 1)}
    assert pairs("The 34-year-old, who had a previous conviction for assault, was shot dead.") == {("killed", 1)}
    assert pairs("In a previous attack, 12 people were killed.") == set()


# An apposition telling what all of a group share ("all in their twenties", "all from Leeds", "all aged 17") leaves the
# group's verb after it to the group
def test_group_with_all_apposition():
    assert pairs("The trio, all in their twenties, were arrested on suspicion of robbery.") == {("detained", 3)}
    assert pairs("Four men, all from Leeds, were arrested on Friday.") == {("detained", 4)}
    assert pairs("The pair, all in their twenties, were shot dead.") == {("killed", 2)}


# Police who "caught up with" someone, as the last thing the sentence tells, held him (the guidelines' "captured"):
# "Police caught up with the driver, who is from Schnectady, a few blocks away"; not when more follows the catch
def test_police_caught_up_at_sentence_end():
    assert pairs("Police caught up with the driver, who is from Schnectady, a few blocks away.") == {("detained", 1)}
    assert pairs("Troopers caught up with the suspect near the interstate.") == {("detained", 1)}
    assert pairs("Officers caught up with the man at the corner and he continued to manipulate the gun.") == set()
    assert pairs("Reporters caught up with the coach after the game.") == set()


# A second predicate on "and was later" after a first one that tells no casualty: its term is the subject's ("The
# driver was uncooperative and was later arrested")
def test_second_predicate_later_term():
    assert pairs("The driver was uncooperative and was later arrested.") == {("detained", 1)}
    assert pairs("The suspect was found hiding in a shed and was later arrested.") == {("detained", 1)}
    assert pairs("Two men were seen fleeing the scene and were later arrested.") == {("detained", 2)}
    assert pairs("The driver was uncooperative and refused to get out.") == set()


# People treated "for smoke inhalation" are injured, as those treated for injuries or burns ("Medics treated 12 people
# for smoke inhalation"), the hurt fire reports count
def test_treated_people_for_smoke_inhalation():
    assert pairs("Medics treated 12 people for smoke inhalation.") == {("injured", 12)}
    assert pairs("Crews treated two firefighters for minor smoke inhalation.") == {("injured", 2)}


# A figure after "caught up with the" is caught as a group named with its article is ("Police caught up with the three
# men in a nearby park")
def test_police_caught_up_with_the_figure():
    assert pairs("Police caught up with the three men in a nearby park.") == {("detained", 3)}
    assert pairs("Reporters caught up with the three men after the game.") == set()


# The first predicate before "and was later" may be an active verb of the subject's ("The woman refused to answer
# questions and was later arrested")
def test_second_predicate_after_active_verb():
    assert pairs("The woman refused to answer questions and was later arrested at her home.") == {("detained", 1)}
    assert pairs("The man fled on foot and was later arrested.") == {("detained", 1)}


# A victim whom a restrictive relative clause tells shot or stabbed, whose own verb is "survived", is injured ("A girl
# who was shot in the head survived")
def test_relative_shot_then_survived():
    assert pairs("A girl who was shot in the head survived.") == {("injured", 1)}
    assert pairs("Two men who were stabbed during the fight survived, police said.") == {("injured", 2)}
    assert pairs("A man who survived the crash was arrested.") == {("detained", 1)}
    assert pairs("A man who was shot in the head survived by his wife.") == set()


# A flight abroad of a handful of people is as often one from the law ("Two brothers fled across the border into
# Mexico after the murder"): it counts as displaced from a crowd of refugees on (FLIGHT_ABROAD_LEAST)
def test_fled_across_border_few_not_displaced():
    assert pairs("Two brothers fled across the border into Mexico after the murder.") == set()
    assert pairs("Hundreds of families fled to neighbouring Uganda.") == {("displaced", 200)}
    assert pairs("Some 20 villagers fled across the border into Chad.") == {("displaced", 20)}


# Without a charge or custody told, a catch at the sentence's end holds only someone on the run (a suspect, a driver,
# the men who fled), not a victim or a relative police caught up with to speak to
def test_police_caught_up_victim_not_held():
    assert pairs("Police caught up with the victim at the hospital.") == set()
    assert pairs("Police later caught up with the man's mother, who said he was innocent.") == set()
    assert pairs("Police caught up with the driver a few blocks away.") == {("detained", 1)}


# Between the counted group and "for ... injuries" after "treated" may stand where they were treated ("Medics treated
# 12 people at the scene for smoke inhalation")
def test_treated_at_place_for_injuries():
    assert pairs("Medics treated 12 people at the scene for smoke inhalation.") == {("injured", 12)}
    assert pairs("Paramedics treated two firefighters on scene for minor burns.") == {("injured", 2)}
    assert pairs("Doctors treated five people at a local hospital for minor injuries.") == {("injured", 5)}
    assert pairs("Medics treated 12 people at the scene.") == set()


# "all of whom" or "each of whom" opening a relative clause after a group gives the clause's term to the whole group, as
# "who were all" does ("Four men, all of whom were arrested, were later released")
def test_all_of_whom_whole_group():
    assert pairs("Four men, all of whom were arrested, were later released.") == {("detained", 4)}
    assert pairs("Three children, all of whom were killed, were buried on Sunday.") == {("killed", 3)}
    assert pairs("Four men, all of whom were wearing masks, fled the scene.") == set()


# People listed one by one in apposition to a counted group are its members, no groups of one beside it, as names
# listed so are ("Two men, a 19-year-old and a 20-year-old, were arrested" is detained 2 alone)
def test_singular_members_of_counted_group():
    assert pairs("Two men, a 19-year-old and a 20-year-old, were arrested.") == {("detained", 2)}
    assert pairs("Police arrested two men, a 19-year-old and a 20-year-old, on Friday.") == {("detained", 2)}
    assert pairs("Two people, a man and a woman, were killed in the crash.") == {("killed", 2)}
    assert pairs("A man and a woman were killed in the crash.") == {("killed", 1)}
    assert pairs("Three people, two men and a woman, were arrested.") == {("detained", 3), ("detained", 2),
                                                                          ("detained", 1)}


# A deed "last year" or "last month" that someone is arrested or charged in is the report's own event, as one named
# by its year after "a" is ("A second suspect has been arrested in a daylight shooting last year that left four people
# wounded"); told without the arrest it is another event
def test_arrested_in_shooting_last_year_own_event():
    assert pairs("A second suspect has been arrested in a daylight shooting last year that left four people "
                 "wounded.") == {("detained", 1), ("injured", 4)}
    assert pairs("A man was charged in connection with a shooting last month that left three people "
                 "injured.") == {("injured", 3)}
    assert pairs("He had been wounded in a shooting last year that left four people wounded.") == set()


# "The wounding of" and "the injury of" count the hurt after them, as "the killing of" counts the dead ("the murder of
# Zurana Horton and the injury of two others", "the wounding of two others")
def test_wounding_of_injured():
    assert pairs("He was charged with the killing of a woman and the wounding of two others.") == {("killed", 1),
                                                                                                  ("injured", 2)}
    assert pairs("A jury returned a guilty verdict for the murder of Zurana Horton and the injury of two "
                 "others.") == {("killed", 1), ("injured", 2)}
    assert pairs("The attack led to the injury of three officers.") == {("injured", 3)}


# A victim hit or struck by gunfire or a bullet who survived is injured, as one "shot and survived" is ("A woman was hit
# by a stray bullet and survived")
def test_hit_by_bullet_survived():
    assert pairs("A woman was hit by a stray bullet and survived.") == {("injured", 1)}
    assert pairs("A man was struck by gunfire but survived.") == {("injured", 1)}
    assert pairs("A man was hit by a stray bullet.") == set()


# People who fled the violence, the unrest, the floods or a wildfire are displaced, as those who "fled the fighting"
# are, and so are people who remain in evacuation centres or shelters; those who fled the scene are not
def test_fled_the_violence_displaced():
    assert pairs("More than 10,000 people have fled the violence.") == {("displaced", 10000)}
    assert pairs("Hundreds of families fled the flooding.") == {("displaced", 200)}
    assert pairs("Thousands of residents fled the wildfire.") == {("displaced", 2000)}
    assert pairs("Some 2,000 people remain in evacuation centres.") == {("displaced", 2000)}
    assert pairs("Two suspects fled the scene.") == set()


# A victim told by name or by "the" and an age or a noun, shot in a part of the body in an article that tells no death,
# is shot and alive, as "a man" or "he" so told is ("16-year-old Zyrion Matlock was shot in the lower back", "The
# 15-year-old was shot in the stomach")
def test_named_or_definite_shot_in_part_alive():
    assert pairs("They say 16-year-old John Matlock was shot in the lower back by an officer.") == {("injured", 1)}
    assert pairs("John Smith, 16, was shot in the leg Friday night.") == {("injured", 1)}
    assert pairs("The 15-year-old was shot in the stomach, police said.") == {("injured", 1)}
    assert pairs("John Smith was shot in the head. He died at the scene.") == {("killed", 1)}


# The hospital a victim is in may stand between the victim and the condition that tells the injury ("The police chief
# is in a Portland hospital, in critical condition")
def test_in_hospital_then_condition():
    assert pairs("The police chief is in a Portland hospital, in critical condition.") == {("injured", 1)}
    assert pairs("A third officer is in a hospital in critical condition.") == {("injured", 1)}
    assert pairs("Woodburn's police chief, 46-year-old Scott Russell, is in a Portland hospital, in critical "
                 "condition.") == {("injured", 1)}


# "In satisfactory condition" is a hospital's grade of an injured patient, as "in fair condition" is ("Two other victims
# are now in satisfactory condition")
def test_satisfactory_condition_injured():
    assert pairs("Two victims are now in satisfactory condition.") == {("injured", 2)}
    assert pairs("The boy was listed in satisfactory condition at the hospital.") == {("injured", 1)}


# An ordinal after "the", standing for one more victim, counts as "a third" does ("Two were in critical condition and
# the third was treated and released", "while the fifth was released from the hospital")
def test_the_ordinal_victim():
    assert pairs("Two were in critical condition and the third was treated and released.") == {("injured", 2),
                                                                                             ("injured", 1)}
    assert pairs("The fifth was released from the hospital overnight.") == {("injured", 1)}
    assert pairs("It was the third shooting in the city this week.") == set()


# One of the events referred back to in the plural is an earlier one too, as "in those bombings" is ("An officer was
# seriously hurt in one of those fires" after a series of arsons)
def test_one_of_those_events_other():
    assert pairs("An officer was seriously hurt in one of those fires.") == set()
    assert pairs("Two soldiers were killed in one of those attacks.") == set()
    assert pairs("An officer was seriously hurt in the fire.") == {("injured", 1)}


# "The gunfire" stands after "hit by" as "gunfire" does, before the term that tells what came of it ("Two men were hit
# by the gunfire and wounded")
def test_hit_by_the_gunfire_filler():
    assert pairs("Two men were hit by the gunfire and wounded.") == {("injured", 2)}
    assert pairs("Juan Hernandez, who was in the car, was hit by the gunfire and died, police said.") == {("killed", 1)}


# A victim "found unresponsive" or "unconscious and" then pronounced dead, taken to a hospital or died: the finding is
# a verb of its own before the term ("A 34-year-old woman was found unresponsive and later pronounced dead")
def test_found_unresponsive_and_term():
    assert pairs("A 34-year-old woman was found unresponsive and later pronounced dead.") == {("killed", 1)}
    assert pairs("A man was found unconscious and later died.") == {("killed", 1)}
    assert pairs("A man was found unresponsive.") == set()


# "Passer-by" and "passers-by", the hyphenated spelling British and wire copy uses, are victim nouns as "passerby" is
def test_hyphenated_passers_by():
    assert pairs("Two passers-by were wounded.") == {("injured", 2)}
    assert pairs("A passer-by was killed by the blast.") == {("killed", 1)}


# Those who "escaped with" minor injuries or cuts and bruises were hurt, however lightly ("The driver escaped with minor
# injuries"); those who escaped unhurt or with their lives were not
def test_escaped_with_injuries():
    assert pairs("The driver escaped with minor injuries.") == {("injured", 1)}
    assert pairs("Two passengers escaped with only minor injuries.") == {("injured", 2)}
    assert pairs("The driver escaped without injury.") == set()
    assert pairs("The family escaped with their lives.") == set()


# "Knocked down and" and "run over and" stand before the term as "hit and" does ("A pedestrian was knocked down and
# killed", "A boy was run over and killed by a bus")
def test_knocked_down_and_run_over_and():
    assert pairs("A pedestrian was knocked down and killed.") == {("killed", 1)}
    assert pairs("A boy was run over and killed by a bus.") == {("killed", 1)}
    assert pairs("A cyclist was knocked down and seriously injured.") == {("injured", 1)}


# "Plunged to * death" and "jumped to * death" are deaths as "fell to * death" is ("A man plunged to his death from a
# bridge")
def test_plunged_to_death():
    assert pairs("A man plunged to his death from a bridge.") == {("killed", 1)}
    assert pairs("Two climbers plunged to their deaths.") == {("killed", 2)}


# People who "have not been accounted for" are missing, as those "unaccounted for" are; those "ordered to evacuate" are
# displaced, as those "forced to evacuate" are
def test_not_accounted_for_and_ordered_to_evacuate():
    assert pairs("Three fishermen have not been accounted for.") == {("missing", 3)}
    assert pairs("Two crew members have yet to be accounted for.") == {("missing", 2)}
    assert pairs("More than 2,000 people were ordered to evacuate.") == {("displaced", 2000)}
    assert pairs("All 20 crew members have been accounted for.") == set()


# Victims "expected to make a full recovery" are injured, as those "expected to recover" are
def test_expected_to_make_full_recovery():
    assert pairs("Three victims are expected to make a full recovery.") == {("injured", 3)}
    assert pairs("The boy is expected to make a recovery, police said.") == {("injured", 1)}


# A single victim right before "dead" and a preposition, a comma or the end, as headlines put a death ("Man dead after
# shooting in Bronx", "Gunman dead after standoff; two officers wounded"), is killed; "a dead man" stays no claim
def test_headline_singular_dead():
    assert pairs("Man dead after shooting in Bronx") == {("killed", 1)}
    assert pairs("Gunman dead after standoff; two officers wounded") == {("killed", 1), ("injured", 2)}
    assert pairs("Police found a dead man in the car.") == set()
    assert pairs("The officer stopped the man dead in his tracks.") == set()


# A headline telling two victims each with a verb of its own, set off by a comma, counts the second as the first ("Woman
# killed, child injured in hit-and-run", "Child shot, mother injured")
def test_headline_second_bare_victim():
    assert pairs("Woman killed, child injured in hit-and-run") == {("killed", 1), ("injured", 1)}
    assert pairs("Girl killed, brother hurt in crash") == {("killed", 1), ("injured", 1)}
    assert pairs("Man killed in crash, police say") == {("killed", 1)}


# Hospital grades and places of care that US local copy words as "in guarded condition", "in grave condition", "in
# intensive care" and "taken to the emergency room" tell an injury as "in critical condition" and "taken to a hospital"
def test_guarded_condition_intensive_care_emergency_room():
    assert pairs("Two victims were in guarded condition Sunday.") == {("injured", 2)}
    assert pairs("The victim is in grave condition.") == {("injured", 1)}
    assert pairs("The woman remains in intensive care.") == {("injured", 1)}
    assert pairs("Three people were taken to the emergency room.") == {("injured", 3)}
    assert pairs("The victim was taken to the emergency room, where he died.") == {("killed", 1)}


# A deed done to the victim before "and" and the term stands between them as "hit and" does ("A man was attacked and
# killed", "A woman was robbed and shot dead"); done by the count, with an object after the term, it does not
def test_attacked_and_killed():
    assert pairs("A man was attacked and killed.") == {("killed", 1)}
    assert pairs("A woman was robbed and shot dead.") == {("killed", 1)}
    assert pairs("A woman was assaulted and injured.") == {("injured", 1)}
    assert pairs("Two men were beaten and robbed.") == set()


# A victim kidnapped, abducted or arrested and then killed or dead is counted both held and dead ("A woman was
# kidnapped and murdered", "A man was arrested and later died in custody")
def test_held_and_then_killed():
    assert pairs("A woman was kidnapped and murdered.") == {("detained", 1), ("killed", 1)}
    assert pairs("Two aid workers were abducted and killed.") == {("detained", 2), ("killed", 2)}
    assert pairs("A man was arrested and later died in custody.") == {("detained", 1), ("killed", 1)}
    assert pairs("A man was arrested and charged with killing two people.") == {("detained", 1), ("killed", 2)}


# A tally "over the past" or "during the past" years is a statistic, as one "in the past" is ("Over the past decade,
# more than 1,000 people have been killed in the region"); one over the past days is the report's own
def test_over_the_past_decade_other():
    assert pairs("Over the past decade, more than 1,000 people have been killed in the region.") == set()
    assert pairs("During the past five years, 40 officers were shot.") == set()
    assert pairs("Over the past two days, 14 people have been killed in the clashes.") == {("killed", 14)}


# A figure of deaths or injuries after "resulted in" is a count, as one of people is ("The crash resulted in three
# deaths", "resulted in five people being hospitalized")
def test_resulted_in_deaths():
    assert pairs("The crash resulted in three deaths.") == {("killed", 3)}
    assert pairs("The crash resulted in 2 injuries.") == {("injured", 2)}
    assert pairs("The talks resulted in 3 agreements.") == set()


# People "sent to (the) hospital" are injured, as those "taken to hospital" are, in the passive as in the active
# ("The blast sent 20 people to hospital")
def test_sent_to_hospital_passive():
    assert pairs("Three people were sent to the hospital.") == {("injured", 3)}
    assert pairs("Two firefighters were sent to hospital with minor burns.") == {("injured", 2)}
    assert pairs("The man was sent to prison for life.") == set()


# A state, mental or psychiatric hospital that a hospital term's wildcard takes in names no injury ("he was sent to the
# state hospital in June")
def test_state_hospital_no_injury():
    assert pairs("The reasons he was sent to the state hospital in June were never made public.") == set()
    assert pairs("A man was taken to a psychiatric hospital for evaluation.") == set()


# Faster case-insensitive tries: a letter opening a group is the case-sensitive class of what the letter matches.
def test_caseless_letters_match_what_case_insensitive_letters_match():
    import re

    from workbench.extract.casualties import _CASELESS_EXTRA, _caseless

    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    lettered = [ch for ch in characters if any_letter.fullmatch(ch)]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        insensitive, caseless = re.compile(letter, re.IGNORECASE), re.compile(_caseless(letter), re.IGNORECASE)
        matched = [ch for ch in lettered if insensitive.fullmatch(ch)]
        assert [ch for ch in lettered if caseless.fullmatch(ch)] == matched
        assert sorted(set(matched) - {letter, letter.upper()}) == sorted(_CASELESS_EXTRA.get(letter, ""))
    assert _caseless("t") == "(?-i:[tT])" and _caseless("k") == "k" and _caseless(r"\s") == r"\s"


# Victims who "went to" or "drove (themselves) to" a hospital with gunshot wounds or injuries are injured, as those who
# "arrived at" or "showed up at" one are
def test_went_to_hospital_with_wounds():
    assert pairs("Six victims went to local hospitals with gunshot wounds.") == {("injured", 6)}
    assert pairs("Two victims drove themselves to the hospital with gunshot wounds.") == {("injured", 2)}
    assert pairs("Two men went to Grady Memorial Hospital with non-life-threatening injuries.") == {("injured", 2)}
    assert pairs("He went to the store with his friend.") == set()


# Arrests "in that case" are for a case the report told beside its own, an earlier one it refers back to ("On Feb. 4, a
# student was fatally shot ... A man and his girlfriend have been arrested and charged in that case")
def test_in_that_case_other():
    assert pairs("A man and his girlfriend have been arrested and charged in that case.") == set()
    assert pairs("Andy Hem, 21, has been arrested in that case.") == set()
    assert pairs("A man and his girlfriend have been arrested and charged in this case.") == {("detained", 1)}


# An obituary's lead may describe the dead at great length between the name and "died", with no full stop: the
# apposition still ends at its comma before the verb ("Bettie Page, the 1950s pinup and bondage model who provided
# ... (as well as ...), died yesterday")
def test_long_obituary_apposition():
    text = ("Jane Roe, the stage and screen actress who gave more than half a century of performances in theatres "
            "from London to New York to Sydney and Toronto (as well as lending her voice to dozens of radio plays), "
            "died yesterday in Los Angeles at the age of 85.")
    assert pairs(text) == {("killed", 1)}
    assert [c.number_text for c in extract_casualties(text)] == ["Jane Roe"]


# A participle set off by commas of its own may follow an apposition before the verb ("Mob boss Vincent Gigante, the
# powerful Mafioso who avoided jail for decades ..., feigning mental illness, died Monday in prison")
def test_participle_after_apposition():
    assert pairs("John Smith, a 30-year-old father of two, riding his bike home from work, was struck and killed "
                 "by a car.") == {("killed", 1)}
    assert pairs("Jane Roe, the singer who toured for decades with the band, battling cancer, died Monday.") == {
        ("killed", 1)}


# A killing someone is charged with, accused or convicted of, dated by its year right after it, is the deed the charge
# closes, the report's own event ("is now accused of murdering two women at an ice cream store in 1967"); the same
# year with no charge before it dates another event
def test_charged_with_deed_in_year():
    assert pairs("A woman is now accused of murdering two women at an ice cream store in 1967.") == {("killed", 2)}
    assert pairs("He was convicted of killing three people in 2014.") == {("killed", 3)}
    assert pairs("Two people were killed in 2014.") == set()


# Injuries hedged by "what" before their grade are injuries ("suffered what were described as minor wounds",
# "sustained what appeared to be non-life-threatening injuries"); an illness so hedged is none
def test_suffered_what_injuries():
    assert pairs("The three bystanders suffered what were described as minor wounds to their arms and legs.") == {
        ("injured", 3)}
    assert pairs("The driver suffered what were believed to be serious injuries.") == {("injured", 1)}
    assert pairs("The driver suffered what police said was a heart attack.") == set()


# A short relative clause may stand between a group and an apposition set off by dashes, the verb after the dashes
# still the group's ("Four men who were hit — one 29 years old, another 52, two others 37 — were transported to a
# local hospital"), and the ages listed in the apposition are no counts
def test_relative_before_dash_apposition():
    assert pairs("Four men who were hit — one 29 years old, another 52, two others 37 — were transported to a local "
                 "hospital.") == {("injured", 4)}
    assert pairs("Two men who were shot - a 19-year-old and a 20-year-old - were taken to the hospital.") == {
        ("injured", 2)}


# "Dies" or "Died" in a title-case headline is the verb after a name, not a word of it ("Vincent 'The Chin' Gigante
# Dies in Prison", "Actress Esther Williams Dies at 91")
def test_title_case_dies_after_name():
    assert pairs("Vincent 'The Chin' Gigante Dies in Prison") == {("killed", 1)}
    assert pairs("Actress Jane Roe Dies at 91") == {("killed", 1)}
    assert pairs("Jane Roe Diesel Company Opens New Plant") == set()


# Those who sought or received treatment for injuries, or were taken into surgery, are injured, as those "treated for"
# them and those who "underwent surgery" are
def test_sought_treatment_and_taken_into_surgery():
    assert pairs("Two men sought treatment for gunshot wounds at a local hospital.") == {("injured", 2)}
    assert pairs("Police said three of those injured had minor injuries, but one was taken into surgery.") == {
        ("injured", 3), ("injured", 1)}
    assert pairs("The 17-year-old girlfriend has been rushed into surgery.") == {("injured", 1)}
    assert pairs("She was taken into surgery and died.") == {("killed", 1)}


# Stab wounds a victim is found or taken away with are injuries, as gunshot wounds are ("A woman was found with stab
# wounds"); a fatal one is a death
def test_with_stab_wounds():
    assert pairs("A woman was found with stab wounds.") == {("injured", 1)}
    assert pairs("A man with a stab wound to the chest was found on the sidewalk.") == {("injured", 1)}
    assert pairs("A man was found with a fatal stab wound.") == {("killed", 1)}


# People who had to, or were ordered or told to, leave their homes are displaced, as those forced to leave them are
def test_had_to_leave_homes():
    assert pairs("Some 500 families had to leave their homes.") == {("displaced", 500)}
    assert pairs("About 300 people were ordered to leave their homes as the fire spread.") == {("displaced", 300)}
    assert pairs("Two men refused to leave their homes.") == set()


# A victim "left with a broken" part of the body, or "left with broken bones", is injured; broken things that are no
# part of the body are no injury
def test_left_with_broken_bones():
    assert pairs("A boy was left with a broken leg.") == {("injured", 1)}
    assert pairs("Two pedestrians were left with broken bones.") == {("injured", 2)}
    assert pairs("A man was left with broken windows after the storm.") == set()


# People "taken in" or "brought in for questioning" are detained, as those "held for questioning" are
def test_taken_in_for_questioning():
    assert pairs("Two people were taken in for questioning.") == {("detained", 2)}
    assert pairs("A man was brought in for questioning.") == {("detained", 1)}


# A victim "expected to pull through" is injured, as one "expected to survive" is
def test_expected_to_pull_through():
    assert pairs("Both victims are expected to pull through.") == {("injured", 2)}


# An arrest still to come, after "until", "unless" or "once" and a present-tense helper, is no detention; the past
# tells one
def test_arrest_still_to_come():
    assert pairs("Police will not release the suspect's name until he is arrested.") == set()
    assert pairs("Police will not identify the suspect until he has been arrested.") == set()
    assert pairs("Once he was arrested, he was charged with murder.") == {("detained", 1)}


# A named victim told wounded close after a death told of a victim the article refers back to by a noun is that victim,
# killed only, when the article tells of no other victim
def test_named_wounded_after_referred_death():
    text = ("The 2-year-old girl who was shot inside an apartment in Madison has died.\n\n"
            "Jane Doe was critically injured in the shooting Tuesday at her home.")
    assert pairs(text) == {("killed", 1)}


# A charge of "attempted homicide" tells no death, as one of "attempted murder" does not
def test_attempted_homicide_no_death():
    text = ("Police said three people were shot at a party on Main Street.\n\nThe victims were taken to a hospital. "
            "All were in stable condition.\n\nHe faces charges of {}.")
    assert pairs(text.format("criminal attempted homicide")) == {("injured", 3)}
    assert pairs(text.format("murder")) == set()


# A group someone is told "shooting", whose survival the article tells, is injured, as one "shot" is; a death told
# keeps it out
def test_shooting_group_alive():
    assert pairs("Police arrested a man suspected of shooting five people at a party. All five survived.") == {
        ("detained", 1), ("injured", 5)}
    assert pairs("A gunman opened fire at a party, shooting five people. Two of them died.") == {("killed", 2)}


# In an obituary ("... Dies at 77"), killings the dead man was charged with or convicted of are an old case, another
# event; the same charge in a report of the killings is its own
def test_obituary_charges_other_event():
    text = ("Mafia Leader Who Feigned Insanity Dies at 77\nVincent Gigante died today in federal prison.\n"
            "Mr. Gigante was charged with being the head of the family and sanctioning the murders of six mobsters.")
    assert pairs(text) == {("killed", 1)}
    assert pairs("Gunman kills six at school\nA man was charged with the murders of six people.") == {("killed", 6)}


# A victim who is or remains "in a hospital" is injured, as one "in the hospital" is
def test_in_a_hospital():
    assert pairs("A week after the shooting, he remained in a hospital.") == {("injured", 1)}
    assert pairs("She works in a hospital.") == set()


# Victims counted as members "of the same family", "of one family" or "of the family" carry the verb after it
def test_members_of_one_family():
    assert pairs("Twelve members of one family were killed in an air strike.") == {("killed", 12)}
    assert pairs("Three members of the same family were killed.") == {("killed", 3)}
    assert pairs("Friends of the family were arrested.") == set()


# The victims' ages as a range "aged from one to 12", a number word first, stand between them and their verb
def test_aged_from_range():
    assert pairs("Seven children aged from one to 12 were killed.") == {("killed", 7)}


# A role set off by commas after a name's age ("John Smith, 52, owner of the store,") stands between the name and its
# verb, as the age alone does; a verb there is no role
def test_role_after_age():
    assert pairs("John Smith, 52, owner of the store, was killed.") == {("killed", 1)}
    assert pairs("Michael Matthews, 47, died of his injuries, the medical examiner said.") == {("killed", 1)}


# A victim taken to a hospital "where he passed away" is killed, as one "where he died" is, not injured
def test_hospital_where_passed_away():
    assert pairs("The teen was rushed to the hospital where he passed away over the weekend.") == {("killed", 1)}
    assert pairs("He was taken to a hospital, where he later passed away.") == {("killed", 1)}
    assert pairs("He was taken to a hospital and passed away on Sunday.") == {("killed", 1)}
    assert pairs("He was taken to a hospital, where he is expected to recover.") == {("injured", 1)}


# Hospital care given to a group, one of whom then dies, counts neither the group as dead nor as injured
def test_group_in_hospital_one_died():
    assert pairs("All three officers were flown to Inova Fairfax Hospital, where Officer Guindon died.") == {
        ("killed", 1)}
    assert pairs("Two people were taken to the hospital, where one later died.") == {("killed", 1)}
    assert pairs("Four people were hospitalized, and one later died.") == {("killed", 1)}
    assert pairs("Both were taken to the hospital, where they later died.") == {("killed", 2)}
    assert pairs("Three people were taken to the hospital where one was listed in critical condition.") == {
        ("injured", 3), ("injured", 1)}


# The report's incident said to come or follow some time after (or before) another: the figures after it are that
# other event's
def test_incident_comes_after_another():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = ("A man was shot Friday. The shooting on March Lane came just hours after a 28-year-old man was shot and "
            "killed in a family dispute.")
    assert flagged(text) == {("killed", 1)}
    text = ("Five people were shot on Sunday. The incident follows a shooting last week that left a 19-year-old "
            "gunman dead and 11 other people wounded at a block party.")
    assert flagged(text) == {("killed", 1), ("injured", 11)}
    assert flagged("The arrest comes a day after a man was shot dead on Main Street.") == set()
    assert flagged("The shooting came minutes after a fight broke out, and two people were killed.") == set()


# A line opening on a video's running time, with no final stop, is the title of a related video in the page's playlist
def test_playlist_video_title_other():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    assert flagged("A man was shot dead on Friday.\n1:08 After triple murder, victim's family asks for help") == {
        ("killed", 3)}
    assert flagged("A man was shot dead.\n00:39 Man Charged With Killing Son in Lexington County Pause") == {
        ("killed", 1)}
    assert flagged("A man was shot dead.\n10:30 AM Two people were killed") == set()
    assert flagged("A man was shot dead.\n11:45 Police confirm three people were killed.") == set()


# A death after hospital care told through the officials who report it, or as "dead on arrival", makes the victim
# killed, not injured
def test_hospital_death_told_by_officials():
    assert pairs("He was flown to a Knoxville trauma center where police say he died.") == {("killed", 1)}
    assert pairs("The girl was rushed to a hospital but was dead on arrival.") == {("killed", 1)}
    text = "The girl was taken to a hospital, where police said she was in stable condition."
    assert "killed" not in {c.category for c in extract_casualties(text)}


# One of a hospitalised group "pronounced deceased" is a death of one, as "pronounced dead" is
def test_group_in_hospital_one_pronounced_deceased():
    text = "Two other victims were taken to nearby hospitals where one was pronounced deceased shortly after arrival."
    assert pairs(text) == {("killed", 1)}


# A victim named as injured by an adjective who then dies "where he later died" is killed, not injured
def test_injured_adjective_later_died():
    text = "Paramedics transported the injured teen to Harborview Medical Center in Seattle where he later died."
    assert pairs(text) == {("killed", 1)}
    text = "Paramedics transported the injured teen to Harborview Medical Center, where he is in stable condition."
    assert pairs(text) == {("injured", 1)}


# An entry of a timeline opening on a year, or a month and year, and a colon tells a past event; a full date with its
# day may open the report's own account
def test_timeline_entry_other():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = "Two men were shot dead on Tuesday.\nAugust 1982: Eight people killed, three injured at a Miami welding shop."
    assert flagged(text) == {("killed", 8), ("injured", 3)}
    assert flagged("A man was shot.\nNovember 2009: Four killed at Thanksgiving gathering.") == {("killed", 4)}
    assert flagged("Sept. 26, 2016: An autopsy determines that she died of a gunshot wound.") == set()


# A record of arrests, "arrested before" or "arrested two other times", is no arrest of the report's event
def test_arrested_before_record():
    assert pairs("Police said the man has been arrested before and has a criminal history.") == set()
    assert pairs("The man had been arrested before for selling cannabis.") == set()
    assert pairs("The man has been arrested two other times, his relatives say.") == set()
    assert pairs("The man was arrested before he could flee the state.") == {("detained", 1)}


# "Fatally" or "mortally" before the wound adjective of a victim noun makes the victim killed
def test_fatally_wounded_adjective():
    assert pairs("He picked up the fatally wounded child and carried him inside.") == {("killed", 1)}
    assert pairs("He picked up the wounded child and carried him inside.") == {("injured", 1)}


# "Just", "And", "Also" or "Back" before an opening on another time leaves the sentence about another event
def test_lead_word_before_other_time_opening():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = "A boy was shot dead on Friday. Just last year, a 12-year-old was killed in the same area."
    assert flagged(text) == {("killed", 1)}
    text = "Five people were shot on Sunday. And in 2005, four others were killed in a rampage in Thousand Oaks."
    assert flagged(text) == {("killed", 4)}
    assert flagged("And four others were killed in the rampage.") == set()


# A sentence opening on a year's tally so far ("So far in 2017", "So far this year") is about other events
def test_so_far_tally_opening():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = "A man was shot dead on Friday. So far in 2017, at least 47 people have been killed in Chicago."
    assert flagged(text) == {("killed", 47)}
    assert flagged("A man was shot dead on Friday. So far, police have arrested two men.") == set()


# A related-story headline after a plural label with no mark ("Related stories 2 killed ..."), or after a bullet
# ("► Related: ..."), is another story's
def test_related_label_without_mark_or_with_bullet():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = "A man was shot dead on Friday.\nRelated stories 2 killed, 22 injured in shooting at Texas house party"
    assert flagged(text) == {("killed", 2), ("injured", 22)}
    text = "A man was shot dead on Friday.\n► Related: 2 suspects killed in shootout with police"
    assert flagged(text) == {("killed", 2)}
    assert flagged("Related stories say two people were killed.") == set()


# What an attack is said to avenge ("in retaliation for ...") is another event
def test_retaliation_for_other_event():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = ("Two men were shot Saturday. Police said the attack was in retaliation for a Labor Day shooting that left "
            "one person dead.")
    assert flagged(text) == {("killed", 1)}
    assert flagged("Police fear retaliation after two men were shot dead.") == set()


# An age told by comparison ("younger than 45", "older than 60") is no figure of people
def test_age_by_comparison_no_count():
    assert ("injured", 45) not in pairs("Four men and five women, all younger than 45, were injured.")
    assert ("injured", 18) not in pairs("The two wounded victims are also younger than 18 and were taken to a hospital.")


# An incident followed by ", which came ... after" another: the figures after it are the other event's
def test_incident_which_came_after_another():
    text = ("Three officers were killed Sunday. President Obama condemned the attack, which came just 10 days after a "
            "gunman killed five police officers in Dallas.")
    assert {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event} == {("killed", 5)}


# An incident that "occurred", "happened" or "took place" some time after another: the figures after it are the
# other event's (a span of time is needed: "happened after a fight" may lead into the incident's own toll)
def test_incident_occurred_months_after_another():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    text = ("Two men were shot Friday. The shooting occurred eight months after an innocent bystander was killed during "
            "a gun battle.")
    assert flagged(text) == {("killed", 1)}
    assert flagged("The shooting happened after a fight broke out and left two people dead.") == set()


# A person's age right after the name with its comma missing, or after "Jr.,", is no figure of people
def test_name_age_without_comma():
    assert ("killed", 21) not in pairs("Robert Atkins 21, was found shot to death on Florida Avenue.")
    assert ("killed", 21) not in pairs("Police say Shawn L. Johnson Jr., 21 of Lynchburg was shot and killed.")
    assert pairs("Man Shot in Shooting That Killed 1, Injured 6") == {("killed", 1), ("injured", 6)}


# A second predicate telling the victim's condition or death, after how the victim was found or taken away, is the
# subject's ("was privately conveyed to an area hospital and was in stable condition"); not across another subject
def test_second_predicate_condition_or_death():
    assert pairs("The boy was privately conveyed to an area hospital and was in stable condition.") == {("injured", 1)}
    assert pairs("A man sustained multiple gunshot wounds to the body and was listed in critical condition.") == {
        ("injured", 1)}
    assert pairs("The girl was found in the backyard by neighbors and was pronounced dead at the scene.") == {
        ("killed", 1)}
    assert pairs("The driver was questioned by police and was in good condition.") == set()
    assert pairs("The house was damaged by the fire and was in poor condition.") == set()


# A group taken to several hospitals is injured, as one taken to a hospital ("transported to local hospitals",
# "rushed to area hospitals"); a death told of one of them after it leaves the group's outcome mixed, no figure
def test_group_taken_to_hospitals():
    assert pairs("The other five victims were transported to local hospitals.") == {("injured", 5)}
    assert pairs("Five other victims were rushed to area hospitals.") == {("injured", 5)}
    assert pairs("Both victims were transported to hospitals and the 17-year-old was later pronounced dead.") == {
        ("killed", 1)}
    assert pairs("All three victims were taken to Central Florida Regional Hospital, where the woman died.") == {
        ("killed", 1)}
    assert pairs("Two men were taken to a hospital, where they were pronounced dead.") == {("killed", 2)}


# "the shooting deaths of" counts the dead after it, as "the shooting death of" and "the deaths of" do
def test_shooting_deaths_of():
    assert pairs("Two brothers were charged in the January shooting deaths of four women.") == {("killed", 4)}
    assert pairs("He was charged in the stabbing death of a 17-year-old.") == {("killed", 1)}


# An infant's age in months or weeks before a name is part of the name, as an age in years is ("the shooting death of
# 13-month-old Bill Thao")
def test_named_infant_age_in_months():
    assert pairs("A suspect was charged in the shooting death of 13-month-old Bill Thao.") == {("killed", 1)}
    assert pairs("He was charged in the fatal shooting of 6-week-old Ava Smith.") == {("killed", 1)}


# A lone surname or given name counts when the article names the person in full with a middle initial ("Kavon A.
# Cooper") or a generational suffix ("Marlin Banks Jr."), as it does for a name without them
def test_lone_name_after_initial_or_suffix():
    assert pairs("Police said Kavon A. Cooper, 21, was riding in a vehicle.\n\nCooper died at the scene.") == {
        ("killed", 1)}
    assert pairs("Twelve-year-old Marlin Banks Jr. was shot in his home.\n\nMarlin died at York Hospital.") == {
        ("killed", 1)}


# Rescuers who took "all" or "the" counted victims to a hospital, or to one named ("Jackson Memorial Hospital",
# "the Caromont Regional Medical Center"), took them injured; a state hospital is no injury
def test_rescuers_took_group_to_named_hospital():
    assert pairs("Paramedics rushed all four victims to Jackson Memorial Hospital.") == {("injured", 4)}
    assert pairs("Emergency personnel brought the three victims to Bellevue Hospital.") == {("injured", 3)}
    assert pairs("Gaston EMS took three people to the Caromont Regional Medical Center.") == {("injured", 3)}
    assert pairs("Paramedics rushed all four victims to Jackson Memorial Hospital, where two died.") == {("killed", 2)}
    assert pairs("The judge sent two men to the Wyoming State Hospital for evaluation.") == set()
    assert pairs("Police took three people to the station for questioning.") == set()


# A charge of assault "with intent to kill" tells no death, so a group told shot and then alive stays injured
def test_intent_to_kill_charge_no_death():
    text = ("Four people were shot early Saturday at a sports bar.\n\nPolice said the victims are being treated for "
            "non-life threatening injuries.\n\nHe was charged with assault with a deadly weapon with intent to kill.")
    assert pairs(text) == {("injured", 4)}


# "shooting victims" are victims after a figure, not a count of shootings ("Five shooting victims were transported"),
# and a group found before ", and" and a clause of its own does not share that clause's verb
def test_shooting_victims_counted():
    assert pairs("Five shooting victims were transported to local hospitals for treatment.") == {("injured", 5)}
    assert pairs("All seven shooting victims are expected to survive.") == {("injured", 7)}
    assert pairs("There were two shootings on Monday.") == set()
    text = ("Police said Jose Flores-Vargas and Luis Ramirez were shot.\n\nResponding officers located four shooting "
            "victims, and Flores-Vargas and Ramirez died at the scene.")
    assert ("killed", 4) not in pairs(text)


# A condition told the other way round ("stable but serious") or as a range ("serious to critical") is injured, as
# "serious but stable" is
def test_condition_reversed_or_range():
    assert pairs("The child is currently in stable but serious condition in a Fargo hospital.") == {("injured", 1)}
    assert pairs("The man is in serious to critical condition.") == {("injured", 1)}


# Flown, airlifted, driven or brought "by" someone or something to a hospital is injured, as "taken by * to" is
def test_flown_by_to_hospital():
    assert pairs("The victim was flown by air ambulance to Sanford Medical Center in Fargo.") == {("injured", 1)}
    assert pairs("Both women were flown by helicopter to the University of Tennessee Medical Center.") == {
        ("injured", 2)}


# "shot ..., but survived" and "but" before a condition, a helper or a verb of suffering tell the one shot alive;
# not in a clause that times another event
def test_shot_comma_but_survived():
    assert pairs("Her mother was also shot, but survived.") == {("injured", 1)}
    assert pairs("His brother was shot six times but survived.") == {("injured", 1)}
    assert pairs("A 24-year-old man was also shot, but is expected to recover.") == {("injured", 1)}
    assert pairs("The deputy sheriff was also shot but is in stable condition at Lakeland Hospital.") == {
        ("injured", 1)}
    assert pairs("The death came four days after another man was shot, but survived, on that same block.") == set()
    assert pairs("He was shot but is survived by his wife.") == set()


# A victim who "showed up at", "walked into" or "drove (themselves) to" a hospital is injured, as one taken there is
def test_came_to_hospital_alone():
    assert pairs("Three more victims showed up at local hospitals.") == {("injured", 3)}
    assert pairs("A fifth child walked into St. Bernard Hospital after the shooting.") == {("injured", 1)}
    assert pairs("Police said three other victims drove themselves to Northeast Methodist Hospital.") == {
        ("injured", 3)}


# A second predicate on "and is" or "and are" carries the subject's outcome as one on "and was" does ("and is expected
# to recover", "and is in good condition")
def test_second_predicate_present():
    assert pairs("He was taken by ambulance to University Health for treatment and is expected to recover.") == {
        ("injured", 1)}
    assert pairs("The boy was transported to Our Lady of the Lake and is in good condition.") == {("injured", 1)}
    assert pairs("The man was questioned by detectives and is expected to be charged.") == set()


# "grazed" and "grazing" before the victims tell them hurt, as "wounding" does ("a bullet grazed a deputy", "grazing two
# nearby pedestrians")
def test_grazed_before_victims():
    assert pairs("Another officer shot the dog and in the process a bullet grazed a deputy.") == {("injured", 1)}
    assert pairs("The officer fired, missing the armed man and grazing two nearby pedestrians.") == {("injured", 2)}


# An age written without hyphens before a name ("24 year old Daniel Chumacero", "17-year old") is part of the named
# person, as "24-year-old" is
def test_named_age_without_hyphens():
    assert pairs("Four of the defendants are charged with killing 16 year old Shakur Franklin.") == {("killed", 1)}
    assert pairs("Two of those men, 23-year-old Juan Saenz and 24 year old Daniel Chumacero, died after the shooting.") \
        == {("killed", 2)}


# The air ambulances' own verbs take a victim to hospital ("life flighted", "air lifted", "careflighted"), and one
# "pronounced clinically dead" there is killed
def test_air_ambulance_verbs():
    assert pairs("One of the victims was life flighted to a Montgomery hospital in critical condition.") == {
        ("injured", 1)}
    assert pairs("A man was air lifted to the hospital where he was pronounced clinically dead.") == {("killed", 1)}


# A second predicate telling the subject taken to hospital after a first of its own ("was hit in his back and was taken
# to Advocate Christ Medical Center, where he was later pronounced dead")
def test_second_predicate_taken_to_hospital():
    assert pairs("The third boy was shot in his right shin and was taken to Mount Sinai Hospital.") == {("injured", 1)}
    assert pairs("A 21-year-old man was hit in his back and was taken to Advocate Christ Medical Center, where he was "
                 "later pronounced dead.") == {("killed", 1)}


# Hospital conditions in the police's wording ("temporary serious", "non-critical", "serious-to-critical") are injured
def test_police_condition_wording():
    assert pairs("The other three men, ages 18, 22 and 27, were in temporary serious condition.") == {("injured", 3)}
    assert pairs("All four were in serious-to-critical condition, fire officials said.") == {("injured", 4)}
    assert pairs("One person was shot and is in noncritical condition, police said.") == {("injured", 1)}


# "Him" or "her" taken into custody is a detained person of one; an intent to take them ("to take him into custody")
# is none
def test_pronoun_taken_into_custody():
    assert pairs("Officers located the suspect at a relative's home and took him into custody.") == {("detained", 1)}
    assert pairs("Detectives had been looking for Campbell before taking him into custody Monday.") == {("detained", 1)}
    assert pairs("A deputy stopped the car and took her into custody without incident.") == {("detained", 1)}
    assert pairs("Officers approached Hayes to take him into custody.") == set()
    assert pairs("They tried to take her into custody, but she fled.") == set()


# An arrest in a deed dated "earlier this month", or in one that "happened last month", is the report's own event told
# from its arrest, as one "in a shooting last month" is; an arrest dated so with no deed is another case's
def test_arrest_in_deed_earlier_this_month():
    def flagged(text):
        return {(c.category, c.value) for c in extract_casualties(text) if c.about_other_event}

    assert flagged("Police say they've arrested a man in a gun battle earlier this month that left one dead.") == set()
    assert flagged("Police have arrested a man for the Club Camouflage shooting that happened last month.") == set()
    assert flagged("Deputies arrested two women earlier this month on trespassing charges.") == {("detained", 2)}


# A second predicate of the subject on "and" (or "but") that tells a detention, with no subject of its own, is the
# subject's, with or without a later time and, after a passive first verb, with the helper left out
def test_second_predicate_detained():
    assert pairs("He was located Sunday in Hopkins County and taken into custody without incident.") == {("detained", 1)}
    assert pairs("She was interviewed and subsequently booked into the King County Jail.") == {("detained", 1)}
    assert pairs("The man calmly walked away after the shooting and was arrested by officers.") == {
        ("detained", 1)}
    assert pairs("The 15-year-old suspect allegedly fled from the scene and was taken into custody by deputies.") == {
        ("detained", 1)}
    assert pairs("He was questioned by detectives and was not arrested.") == set()
    assert pairs("He was questioned by detectives and released.") == set()
    assert pairs("He was questioned by detectives and two men were arrested.") == {("detained", 2)}
    assert pairs("The man was questioned and a suspect fled and was later arrested.") == {("detained", 1)}


# A name ending on "Jr." or "Sr." takes the suffix's stop, so the verb after it is the name's
def test_name_suffix_stop_before_verb():
    assert pairs("George Matis Jr. was arrested on a charge of criminal homicide Sunday night.") == {("detained", 1)}
    assert pairs("Police said Lavontay White Jr. was killed in the shooting.") == {("killed", 1)}
    assert pairs("The victim was identified as Lavontay White Jr.") == set()


# A middle initial "A." or "I." is part of a name, not the article or the pronoun
def test_name_with_initial_a():
    assert pairs("Sidney A. Muller, 27, was arrested Friday.") == {("detained", 1)}
    assert pairs("Police said John I. Smith was killed Friday.") == {("killed", 1)}


# "Killer" and "felon" are people a report may tell arrested, as "gunman" and "suspect" are
def test_killer_and_felon_nouns():
    assert pairs("A convicted felon was arrested Thursday in connection with a fatal shooting.") == {("detained", 1)}
    assert pairs("The accused killer was arrested at the scene.") == {("detained", 1)}
    assert pairs("The killer shot three people before fleeing.") == set()


# A long description of what a suspect is wanted in, suspected or accused of (up to twelve words, no clause of its
# own) leaves the verb after it the suspect's
def test_wanted_in_long_description():
    assert pairs("Two men wanted in connection with the shooting death of a 5-year-old in Beloit are now in custody.") == {
        ("detained", 2), ("killed", 1)}
    assert pairs("The man accused of shooting eight people at a birthday party in Dyersburg is in jail.") == {
        ("detained", 1)}
    assert ("killed", 1) not in pairs("A man wanted in the case where three people were killed was arrested.")


# An age standing for a person before "for", "from" or a weekday is a singular victim, as before "in"
def test_age_noun_before_for_and_weekday():
    assert pairs("Later that night, police say they arrested a 16-year-old for the shooting.") == {("detained", 1)}
    assert pairs("Deputies arrested a 20-year-old Sunday in the killing.") == {("detained", 1)}
    assert pairs("A 19-year-old from Dayton was killed.") == {("killed", 1)}


# "Placed in custody" or "placed under arrest" as the second predicate of the subject is the subject's detention
def test_second_predicate_placed_in_custody():
    assert pairs("Around 5 a.m., the man walked outside and was placed in custody.") == {("detained", 1)}
    assert pairs("The man turned himself into police on Sunday and was placed under arrest.") == {("detained", 1)}


# One who is or remains "in * county jail" is held, as one "in jail" is
def test_in_named_jail_detained():
    assert pairs("He remains in the Pike County Jail with no bond.") == {("detained", 1)}
    assert pairs("The suspect is in the Hendry County jail without bond.") == {("detained", 1)}
    assert pairs("The man died in the county jail.") == {("killed", 1)}


# A full name ending on "Jr.," before an age set off by commas takes the suffix's stop too (not an age a dash ends)
def test_name_suffix_comma_age():
    assert pairs("Anthony Hunt Jr., 36, was arrested when Radcliff Police responded.") == {("detained", 1)}
    assert ("killed", 16) not in pairs("The shooting killed Ralphael Davis Jr., 16 — who was not the one — and left "
                                       "four other teens injured.")


# A whole group taken to hospital when one of them is told dead close by has mixed outcomes: no injured figure for it
def test_group_taken_with_dead():
    assert pairs("One person was killed and three others were injured in a shooting. All four were taken to Jackson "
                 "Memorial Hospital. One of the victims, a male, has died.") == {("killed", 1), ("injured", 3)}
    assert pairs("One man was killed and another injured in a shooting. Both were taken to the hospital for "
                 "treatment.") == {("killed", 1), ("injured", 1)}
    # (told alive, or the dead one died at the scene: the group is the wounded)
    assert pairs("One man was killed. All four victims were taken to the hospital and are in stable condition.") == {
        ("killed", 1), ("injured", 4)}
    assert pairs("Aron Turner was pronounced dead at the scene. Officers also found two men suffering from gunshot "
                 "wounds. Both men were transported to Sentara Norfolk General Hospital.") == {("killed", 1), ("injured", 2)}


# Ages after a group with the closing comma left out ("two males, 30 and 42 were injured"), after "believed to be",
# and told one by one ("one 16 and the other 17") are no counts
def test_age_lists_without_closing_comma():
    assert pairs("Three females, ages 21, 32, and 49, and two males, 30 and 42 were injured in the shooting.") == {
        ("injured", 2)}
    assert pairs("He walked in to find a 2-year old girl and two women, believed to be 30 and 60, all shot dead.") == {
        ("killed", 1), ("killed", 2)}
    assert pairs("Two teenagers, one 16 and the other 17, were injured Monday afternoon in a shooting.") == set()
    # (a count after "the other" is one: "the other 17, including two boys, were injured")
    assert ("injured", 17) in pairs("Three people died and the other 17, including two boys, were injured.")


# A sentence opening on the last or past year or months ("Within the last year, ...", "In the last seven months, ...")
# tells of other events
def test_last_year_opening_other_event():
    claims = extract_casualties("A man was shot dead on Sunday. Within the last year, three children - Jaquail Mansaw, "
                                "Angel Hooper and Machole Stewart - all died from errant gunfire.")
    assert [(c.value, c.about_other_event) for c in claims if c.value == 3] == [(3, True)]
    assert pairs("A man was shot dead on Sunday. In the last seven months, 47 people were killed in the county.") == {
        ("killed", 1)}


# A group taken to hospital without "all" is the whole, the dead among it, when it holds the dead and the wounded told
# elsewhere ("one man dead and three others injured ... Four men were rushed to the hospital")
def test_group_taken_sum_of_dead_and_wounded():
    assert pairs("A shooting left one man dead and three others injured. Four men were rushed to the hospital.") == {
        ("killed", 1), ("injured", 3)}
    # (not "the other three", nor a group that is not the sum)
    assert ("injured", 3) in pairs("A shooting left one man dead and four others injured. The other three were "
                                   "transported to a hospital.")
    assert ("injured", 5) in pairs("A shooting left one man dead and three others injured. Five men were rushed to "
                                   "the hospital.")


# A person's detail as the subject of "could not be confirmed" leaves the figure undisputed
def test_unconfirmed_detail_not_dispute():
    claims = extract_casualties("The student's age could not be confirmed, but he was transported to a local hospital "
                                "in stable condition.")
    assert [(c.category, c.value, c.disputed) for c in claims] == [("injured", 1, False)]
    assert [c.disputed for c in extract_casualties("Three people were killed, but the toll could not be confirmed.")] \
        == [True]


# A subject told wounded or in hospital whose own verb is "has died" is killed ("An Opelousas teen hospitalized after a
# weekend shooting has died"); "One of four women wounded ... has died" leaves the four no figure
def test_wounded_subject_has_died():
    assert pairs("An Opelousas teen hospitalized after a weekend shooting has died.") == {("killed", 1)}
    assert pairs("A toddler who was critically injured after accidentally shooting himself has died.") == {("killed", 1)}
    assert pairs("One of four women wounded in a late night shooting in Lexington has died.") == set()
    # (a verb of the subject's own first: the death is another's)
    assert pairs("Seven people were injured and at least one person has died after the shooting.") == {
        ("injured", 7), ("killed", 1)}


# A group found with its wounds or sent to hospital, the dead among it ("a shooting that sent five people to the
# hospital" with one dead and four wounded told elsewhere), has no injured figure
def test_group_found_or_sent_with_dead():
    assert pairs("A shooting sent five people to the hospital late Sunday. One man died and four others were "
                 "wounded.") == {("killed", 1), ("injured", 4)}
    assert pairs("Deputies found five people with gunshot wounds. One man died and four others were wounded.") == {
        ("killed", 1), ("injured", 4)}


# A sentence opening on last summer, winter, spring or fall tells of another event, as one on last year does
def test_last_season_opening_other_event():
    assert pairs("Two men were shot Sunday. Last summer, one man was killed and eight people were injured when two men "
                 "opened fire in the same parking lot.") == set()


# A participle telling the victim hurt, then where, when and how in a longer phrase, then the victim's death ("A teenager
# shot in the head in her own front yard has died", "hospitalized after a weekend shooting has died")
def test_harmed_participle_then_died():
    assert pairs("A teenager shot in the head in her own front yard has died.") == {("killed", 1)}
    assert pairs("An Opelousas teen hospitalized after a weekend shooting has died.") == {("killed", 1)}
    assert pairs("One of five people shot Sunday outside a convenience store in Pine Hills has died.") == {("killed", 1)}
    assert pairs("The mother of a boy shot in a drive-by shooting in Lakewood Friday has died.") == set()


# An arrest told as a second predicate on "and", its helper often left out ("was found hiding in a nearby ravine and
# taken into custody")
def test_second_predicate_arrest_without_helper():
    assert pairs("The man was found hiding in a nearby ravine a short time later and taken into custody.") == {
        ("detained", 1)}
    assert pairs("The man was found hiding in a nearby ravine and was arrested.") == {("detained", 1)}
    assert pairs("The woman was the girlfriend of the man and arrested him.") == {("detained", 1)}


# "Suffered a * wound" takes the words police copy puts between ("a non-life threatening gunshot wound", "a single
# gunshot wound"); "suffered a fatal gunshot wound" is killed
def test_suffered_qualified_wound():
    assert pairs("Officials also say a 6-year-old child suffered a non-life threatening gunshot wound.") == {
        ("injured", 1)}
    assert pairs("She suffered a single gunshot wound to the mouth.") == {("injured", 1)}
    assert pairs("According to their investigation, a 20-year-old woman suffered a fatal gunshot wound.") == {
        ("killed", 1)}


# What a whole group shares, set off by commas, other than a list of ages ("Three others, ranging in age from 19 to 27,
# were taken to area hospitals", "Two other men, both 20 years old, were", "Seven victims, all males, were")
def test_group_aside_before_verb():
    assert pairs("Three others, ranging in age from 19 to 27, were taken to area hospitals with non life-threatening "
                 "injuries.") == {("injured", 3)}
    assert pairs("Two other men, both 20 years old, were taken to area hospitals by private means.") == {("injured", 2)}
    assert pairs("Seven victims, all males, were transported to San Francisco General Hospital.") == {("injured", 7)}


# A way to hospital told as a second predicate on "and" without its helper ("was hit in his left calf and taken to
# Jackson Park Hospital")
def test_second_predicate_taken_without_helper():
    assert pairs("A 31-year-old man was hit in his left calf and taken to Jackson Park Hospital.") == {("injured", 1)}
    assert pairs("Steven Freeman was shot in the body and taken to Stroger Hospital, where he died at 1:53 a.m.") == {
        ("killed", 1)}
    assert pairs("His 15-year-old friend was charged with reckless homicide and taken to juvenile hall.") == set()


# A death told as a second predicate on "and" right after how the victim was hit ("was shot in the back of the neck and
# pronounced dead at the scene", "was hit in the head and died"), not of an illness
def test_second_predicate_died():
    assert pairs("The man was shot in the back of the neck and pronounced dead at the scene, police said.") == {
        ("killed", 1)}
    assert pairs("The 5-year-old boy was hit in the head and died at the family's apartment off Moss Trail.") == {
        ("killed", 1)}
    assert pairs("The man was found guilty of murder and died of a heart attack in prison.") == set()


# A condition in quotation marks, as police condition reports are quoted ("in “stable” condition")
def test_quoted_condition():
    assert pairs("A 35-year-old man was shot in the leg and listed in “stable” condition at a medical center.") == {
        ("injured", 1)}
    assert pairs('All seven of the people shot are in "stable" condition, Alfaro said.') == {("injured", 7)}


# "Shooting to death" stands before the victims it counts, as "fatally shooting" does
def test_shooting_to_death_before():
    assert pairs("He is accused of shooting to death three people.") == {("killed", 3)}


# A victim at a hospital before the condition or the wounds ("are at the hospital in serious condition", "are at
# Harborview Medical Center with life-threatening injuries")
def test_at_hospital_before_condition():
    assert pairs("The two other men are at the hospital in serious condition.") == {("injured", 2)}
    assert pairs("Two teenagers are at Harborview Medical Center with life-threatening injuries.") == {("injured", 2)}


# The second predicate on "and" is read past an apposition to the subject ("The other man, 25, was hit in the ankles
# and was taken to Stroger Hospital in fair condition")
def test_second_predicate_past_apposition():
    assert pairs("The other man, 25, was hit in the ankles and was taken to Stroger Hospital in fair condition.") == {
        ("injured", 1)}
    assert pairs("The victim, a 15-year-old boy, was hit in the head and pronounced dead at a local hospital.") == {
        ("killed", 1)}


# A short place in lower case after the victims, then a verb of suffering ("Two other people inside the restaurant
# suffered minor injuries")
def test_place_then_suffered():
    assert pairs("Two other people inside the restaurant suffered minor injuries.") == {("injured", 2)}


# The same participle and death in a restrictive relative clause ("A toddler who was critically injured after
# accidentally shooting himself in the face has died")
def test_relative_harmed_then_died():
    assert pairs("A Marion County toddler who was critically injured after accidentally shooting himself in the face "
                 "has died.") == {("killed", 1)}


# "Did not survive" is killed ("Four people were shot ..., and two did not survive")
def test_did_not_survive():
    assert pairs("Four people were shot inside an apartment on Tuesday, and two did not survive.") == {("killed", 2)}
    assert pairs("Jordan Ebner was shot multiple times and didn’t survive.") == {("killed", 1)}


# "But did not survive" after a hospital term makes the victim killed, as "but died" does
def test_hospital_but_did_not_survive():
    assert pairs("A student was rushed to USA Medical Center with severe injuries but did not survive.") == {
        ("killed", 1)}


# The shooting the victims were hurt in, between them and their verb ("The four victims from the afternoon shooting
# are all in stable condition"); not a part of the event itself ("Some of the shooting was captured live on Facebook")
def test_victims_of_the_shooting():
    assert pairs("The four victims from the afternoon shooting are all in stable condition.") == {("injured", 4)}
    assert pairs("Another victim from Thursday's shooting has passed away.") == {("killed", 1)}
    assert pairs("Some of the shooting was captured live on Facebook.") == set()


# Ages listed with "years old" set off by commas after a group ("two kids, 11 and 13 years old, are")
def test_group_ages_years_old():
    assert pairs("Officials at the scene say two kids, 11 and 13 years old, are in critical condition.") == {
        ("injured", 2)}


# "Grazed by bullets" after the victims is injured, as "grazed by a bullet" is
def test_grazed_by_bullets():
    assert pairs("Two juveniles grazed by bullets were treated and released on the scene.") == {("injured", 2)}


# "So far" alone is the report's own running count ("41 bodies had been brought in so far", "The death toll so far
# stands at 164"); a year's or a month's tally is about other events ("killed so far this year", "so far this month")
def test_so_far_own_count():
    assert pairs("The medical director told the Guardian 41 bodies had been brought in so far.") == {("killed", 41)}
    assert pairs("Five people have been arrested so far and charged with crimes related to the incident.") == {
        ("detained", 5)}
    assert pairs("The death toll so far stands at 164.") == {("killed", 164)}
    assert pairs("More than 750 people have been killed so far this year.") == set()
    assert pairs("At least 30 people have been killed in the city so far this month.") == set()
    assert pairs("Investigators so far had executed 44 search warrants in Tyler and Longview.") == set()


# A source in lower case after the figures, named by its last word, when its verb ends the clause ("..., the health
# ministry said", "..., local officials said", "..., a police spokeswoman said"); not a clause running on from the
# verb ("the man police say drove the car")
def test_lowercase_source_after_figures():
    assert only("The death toll climbed to 49, the health ministry said.", "killed").source == "the health ministry"
    assert only("Six other people were wounded, local officials said.", "injured").source == "local officials"
    assert only("The toll rose to 164, state media reported.", "killed").source == "state media"
    assert only("He was listed in stable condition, a police spokeswoman said Monday.",
                "injured").source == "a police spokeswoman"
    assert only("Police arrested Kwanze Fluker, 22, of Bloomfield, the man police say drove the car.",
                "detained").source is None


# A bare apposition between a name and the death an obituary's headline or lead tells ("Esther Williams, swimming
# star, dies at 91", "Mark Felt, Watergate's `Deep Throat, ' dies at 95"); not a clause of place or time before
# another's death ("after his father, for whom he is named, died")
def test_bare_apposition_before_death():
    assert pairs("Esther Williams, swimming star, dies at 91") == {("killed", 1)}
    assert pairs("Mark Felt, Watergate's `Deep Throat, ' dies at 95") == {("killed", 1)}
    assert pairs("Mark Felt, FBI official who became 'Deep Throat, ' dead at 95") == {("killed", 1)}
    assert only("Esther Williams, one of the biggest box-office stars of the 1940s and 1950s, died peacefully.",
                "killed").number_text == "Esther Williams"
    assert pairs('A 32-year-old British climber, described as "lacking experience", dies after falling.') == {
        ("killed", 1)}
    assert [c.number_text for c in extract_casualties(
        "The detective died 26 years to the day after his father, for whom he is named, died.")] == ["The detective"]
    assert pairs("Tokayev, president since 2019, said on Monday that order had been restored.") == set()


# "Members of the ..." names any group the members belong to ("Eighteen members of the security forces were killed");
# a strike a sentence opens on as an earlier one is another incident ("In an earlier Israeli strike in Zeitoun, at
# least 12 members of the extended Daya family were killed")
def test_members_of_the_group():
    assert pairs("Eighteen members of the security forces were killed.") == {("killed", 18)}
    assert pairs("Two members of the crew were arrested.") == {("detained", 2)}
    assert pairs("In an earlier Israeli strike in the Zeitoun neighborhood of Gaza City, at least 12 members of the "
                 "extended Daya family were killed.") == set()
    assert pairs("At least 12 members of the extended Daya family were killed.") == {("killed", 12)}


# A deed someone is "accused in" or convicted of as a double murder, dated by its year, is the report's own event
# ("two men accused in killing Zurana Horton, 34, in 2011", "Convicted of Double Murder In 2010 Kraft Foods Rampage")
def test_accused_in_dated_deed():
    assert pairs("The video was shown at the trial of two men accused in killing Zurana Horton, 34, a mother of 12, in "
                 "2011.") == {("killed", 1)}
    assert pairs("Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia") == {("killed", 2)}
    assert pairs("The quake killed 26,000 people in 2003.") == set()


# "He" or "she" right before a bare "held" did the holding ("a job she held from 1993 to 2001", "as she held on to a
# fence"); "he is being held" and a headline's "Man held after stabbing" are detained
def test_pronoun_held_is_the_doer():
    assert pairs("Olson was the former director of the agency, a job she held from 1993 to 2001.") == set()
    assert pairs("She was screaming in pain as she held on to a fence a few houses down.") == set()
    assert pairs("He is being held without bail.") == {("detained", 1)}
    assert pairs("Man held after stabbing") == {("detained", 1)}


# A parent named by the children with no article, as headlines write one, is a victim of one ("Queens mother of 2
# dead", "killed mom of 12", "Father of 3 fatally shot"); not a parent of a child whose age follows
def test_parent_of_children_headline():
    assert pairs("Hit-and-run crash leaves Queens mother of 2 dead") == {("killed", 1)}
    assert pairs("Gangbangers who allegedly killed mom of 12 in crossfire begin trial") == {("killed", 1)}
    assert pairs("Father of 3 fatally shot outside northeast Houston Walgreens") == {("killed", 1)}
    assert pairs("Only On 6 Mother of 7-Year-Old Boy Killed in Shooting Speaks Out") == set()
    assert pairs("Wanda Machin, 35, mother of three who lives across the street, expressed frustration.") == set()


# "Several dozen people were wounded" is injured with the lower bound of dozens, 24; "several hundred" 200
def test_several_dozen_wounded():
    assert pairs("In addition to the dead, several dozen people were wounded, hospital officials said.") == {
        ("injured", 24)}
    assert pairs("Police arrested several hundred protesters.") == {("detained", 200)}


# A negated denial, or a denial of a statement that names no casualty, disputes no figure ("did not deny his client
# was there when Kathina Thomas died", "deny that he was carrying a weapon"); "denied that civilians were killed" does
def test_denial_of_something_else():
    assert not only("Lynch did not deny his client was there when Kathina Thomas died.", "killed").disputed
    assert not only("Kimani Gray was killed, but his family deny that he was carrying a weapon.", "killed").disputed
    assert not only("Police said two people were killed. Gotcher also denied that Simpson was the father of the baby.",
                    "killed").disputed
    assert only("Activists said 30 people died. The army denied that civilians were killed.", "killed").disputed
    assert only("Activists said 30 people were killed. The military has denied the claims.", "killed").disputed


# "So far" between the helper and the term of a running count ("At least 40 people have so far been killed", "Five
# people had so far been confirmed dead")
def test_so_far_between_helper_and_term():
    assert pairs("At least 40 people have so far been killed, officials said.") == {("killed", 40)}
    assert pairs("Five people had so far been confirmed dead in the quake.") == {("killed", 5)}
    assert pairs("Twelve people have so far been arrested.") == {("detained", 12)}


# Reported speech with "quoted ... as saying": the one quoted is the source ("quoted the governor as saying five people
# had received treatment"), or the subject of "were quoted (by AP) as saying"
def test_quoted_as_saying_source():
    assert only("Another news agency quoted the governor as saying five people had been injured by the quake.",
                "injured").source == "the governor"
    assert only("The quake killed 10 people, Iranian officials were quoted by AP as saying.",
                "killed").source == "Iranian officials"
    assert only("Interfax quoted a police source as saying 12 people had been detained.",
                "detained").source == "a police source"


# A quotation's closing marks end the speaker's phrase before the verb ("...,'' Fanning said"), and a source may follow
# the verb after them ('..., " said Fauzi'); an apostrophe alone may be a possessive ("The officers' union said")
def test_source_after_quotation():
    assert only("``Police negotiated with the suspect, who gave himself up just after 6 p.m.,'' Fanning said.",
                "detained").source == "Fanning"
    assert only('"Dozens of people were injured and are being treated at three hospitals, " said Fauzi, who uses '
                "a single name.", "injured").source == "Fauzi"
    assert only("``For the time being there are 14,000 refugees,'' Governor Abraham Atururi said.",
                "displaced").source == "Governor Abraham Atururi"
    assert only("The officers' union said two officers were hurt.", "injured").source == "The officers' union"


# A title's stop or an initial does not end a source ("said Capt. Thomas Steck", "according to OSP Lt. Gregg Hastings",
# "stated Assistant Brooklyn U.S. Attorney Elizabeth Geddes"); a sentence's stop still does
def test_source_title_stop():
    assert only('"We found one juvenile victim with a gunshot wound," said Capt. Thomas Steck, New Britain police.',
                "injured").source == "Capt. Thomas Steck"
    assert only("Chief Scott Russell received critical injuries, according to OSP Lt. Gregg Hastings.",
                "injured").source == "OSP Lt. Gregg Hastings"
    assert only('"He wounded five others," stated Assistant Brooklyn U.S. Attorney Elizabeth Geddes.',
                "injured").source == "Assistant Brooklyn U.S. Attorney Elizabeth Geddes"
    assert only("Two people were killed, according to police. The toll rose later.", "killed").source == "police"


# Documents cited as people are ("..., the statement said", "..., a police report said", "..., the charges said"), and a
# source kept anonymous ("a court source said")
def test_document_and_anonymous_sources():
    assert only("Commandos seized 23 pirates, the statement said.", "detained").source == "the statement"
    assert only("A 43-year-old man was arrested early Sunday, a police report said.",
                "detained").source == "a police report"
    assert only("The officer's partner will also remain in custody, a court source said.",
                "detained").source == "a court source"


# A lower-case title with the speaker's name after it ("..., hospital spokeswoman Ilene Wolff said", "..., spokesman
# Harlan Boll said")
def test_lowercase_title_then_name_source():
    assert only("Two men were wounded, hospital spokeswoman Ilene Wolff said.",
                "injured").source == "hospital spokeswoman Ilene Wolff"
    assert only("She died peacefully in her sleep, spokesman Harlan Boll said.", "killed").source == (
        "spokesman Harlan Boll")


# A city's tally of shootings, told after the article's own event, is another event ("seven injured in shootings
# across the city Saturday and Sunday"); in a round-up, whose own lead tallies the city's shootings, it is the
# article's own
def test_citywide_tally_after_own_event():
    own = "A man was shot and killed outside a bar on Main Street early Sunday, police said. "
    assert pairs(own + "Authorities said four people were killed and seven injured in shootings across the city "
                       "Saturday and Sunday.") == {("killed", 1)}
    assert pairs(own + "Eight other people were wounded in shootings across Chicago overnight.") == {("killed", 1)}
    roundup = "Two people were killed and at least 15 wounded overnight in shootings throughout the city, police said. "
    assert pairs(roundup + "From Friday through Sunday, gunfire wounded 26 people across the city.") == {
        ("killed", 2), ("injured", 15), ("injured", 26)}
    assert pairs("Four people were killed and at least 16 others wounded in shootings across Chicago on Wednesday.") == {
        ("killed", 4), ("injured", 16)}


# One victim told dead and again told wounded is killed only, though the article names others at the scene who were
# not hurt ("There were other people inside the home", "the other wore a gray sweatshirt"); not when the other is
# told near a word of harm ("At least one other man, 21, was inside the van when the shooting started")
def test_wounded_victim_who_died_beside_others_not_hurt():
    dead = "The 4-year-old girl who was shot inside a home on Algonquin Parkway has died from her injuries. "
    wounded = "Ilanye Price was taken to Kosair Children's Hospital Friday night after suffering a gunshot wound. "
    assert pairs(dead + wounded + "There were other people inside the home at that time, police said.") == {
        ("killed", 1)}
    assert pairs(dead + wounded + "Police described the suspects as two men. One wore a red bandanna and the other "
                                  "wore a gray sweatshirt.") == {("killed", 1)}
    assert pairs(dead + "At least one other man, 21, was inside the van when the shooting started, police said. "
                 + wounded) == {("killed", 1), ("injured", 1)}


# A victim told hurt and then, later in the same sentence, reported dead by a pronoun of the victim's sex is killed
# only ("Balcarcel was rushed to VCU Medical Center, where his girlfriend tells us he died two days later"); not
# when the pronoun is of the other sex
def test_wounded_then_dead_in_the_same_sentence():
    assert pairs("Balcarcel was rushed to VCU Medical Center, where his girlfriend tells us he died two days "
                 "later.") == {("killed", 1)}
    assert pairs("After the shooting the boy was transported to Baylor University Medical Center, but doctors there "
                 "pronounced him dead.") == {("killed", 1)}
    assert pairs("A two-year-old girl was taken to the hospital but the coroner says she died from her "
                 "injuries.") == {("killed", 1)}
    assert pairs("A man was taken to the hospital, and police said she died at the scene.") == {
        ("killed", 1), ("injured", 1)}


# In an article whose only casualty is one death, a wounded victim named by the surname the dead one is reported by
# alone, or found as "a victim", is the dead one; a full name sharing the dead one's surname may be a relative
def test_only_death_wounded_named_by_surname_or_found():
    assert pairs("Police are investigating the shooting death of a man. They located the victim, Dustin J. Osborne, "
                 "19, suffering from a gunshot wound. The coroner said Osborne died from a gunshot wound to the "
                 "chest.") == {("killed", 1)}
    assert pairs("Deputies are searching for a person of interest after a man died of a gunshot wound Thursday. "
                 "When deputies arrived they found a victim suffering from a gunshot wound, Kaiser said.") == {
        ("killed", 1)}
    assert pairs("Amiyah Bice was killed Friday. Julian Bice was found suffering from a gunshot wound.") == {
        ("killed", 1), ("injured", 1)}


# Members after ", including" of an earlier event's group are of that event too: "including" is no participle of
# the report's own incident ("comes just one week after a fatal shooting at a party where four people were shot,
# including a 12-year-old girl who did not survive")
def test_members_of_an_earlier_event_named_with_including():
    assert pairs("Four people were injured after a late-night shooting Saturday. The shooting comes just one week after "
                 "a fatal shooting at a party where four people were shot, including a 12-year-old girl who did not "
                 "survive her injuries.") == {("injured", 4)}


# Care lasting "since" an event dates the victim's own shooting ("hospitalized since a Feb. 27 shooting"); "since a"
# after anything else still marks another event
def test_hospitalized_since_the_shooting():
    assert pairs("A local child who had been hospitalized since a Feb. 27 shooting at her home has died.") == {
        ("killed", 1)}
    assert pairs("It was the first killing in the county since a Feb. 27 shooting that left two dead.") == set()


# "Have" negated right before a count in custody holds no one ("we don't have one in custody"); not negated, it does
def test_not_having_anyone_in_custody():
    assert pairs('"We are looking for the shooter, but at this time, we don\'t have one in custody," he said.') == set()
    assert pairs("Police say they do not have a suspect in custody at this time.") == set()
    assert pairs("Police now have a suspect in custody.") == {("detained", 1)}


# A tally of a day's or a holiday's shootings, told after the article's own event, is another event too ("at least
# eight people were killed and 12 wounded in Chicago shootings throughout the day", "in the Labor Day shootings")
def test_day_and_holiday_tallies_after_own_event():
    own = "An 11-year-old boy died late Wednesday after he was hit by accidental gunfire in a home. "
    assert pairs(own + "Late Wednesday, at least eight people were killed and 12 wounded in Chicago shootings "
                       "throughout the day.") == {("killed", 1)}
    assert pairs(own + "Four people died in the Labor Day shootings.") == {("killed", 1)}
    assert pairs("Four people died in the Labor Day shootings.") == {("killed", 4)}


# The wounded victim reported dead later in the same sentence by "the" and a noun that refers back to it is killed
# only ("The young girl was taken to Mission Hospital by ambulance, but ... the child passed away"); not another noun
def test_wounded_then_dead_by_a_referring_noun_in_the_same_sentence():
    assert pairs("The young girl was taken to Mission Hospital by ambulance, but a sheriff's office spokesperson says "
                 "the child passed away.") == {("killed", 1)}
    assert pairs("Paramedics were dispatched regarding a patient with a gunshot wound, but the patient had already "
                 "died.") == {("killed", 1)}
    assert pairs("A woman was taken to the hospital, and the man was pronounced dead at the scene.") == {
        ("killed", 1), ("injured", 1)}


# A group found wounded on arrival, then told dead in part or in whole close after, has mixed outcomes or death: no
# injured figure for it ("they found two men in their 20s suffering from gunshot wounds. One was pronounced dead");
# not when the death is told before, of someone else
def test_group_found_wounded_before_its_dead():
    assert pairs("At the home, police found two men in their 20s suffering from gunshot wounds. One was pronounced dead "
                 "at the scene, and the other was taken to a hospital with life-threatening injuries.") == {
        ("killed", 1), ("injured", 1)}
    assert pairs("An armed teen who was fatally shot by a deputy has been identified. Upon arriving, deputies found two "
                 "people suffering from stab wounds and a teen armed with a knife.") == {("killed", 1), ("injured", 2)}


# Someone already held before the event is no detention of it ("The inmate ... was in Berrien County Jail awaiting a
# court appearance"); a new detention in the sentence still is ("Texas prisoner captured after week on the run")
def test_inmate_already_held():
    assert pairs("The inmate, 44-year-old Larry Gordon of Coloma, was in Berrien County Jail awaiting a court "
                 "appearance on several charges.") == set()
    assert pairs("An inmate who was being held at the courthouse on numerous felony charges was being moved when he "
                 "disarmed an officer.") == set()
    assert pairs("A Texas prisoner was captured after a week on the run.") == {("detained", 1)}


# The figures of other incidents the report's own is compared with are theirs ("Unlike sniper attacks on police that
# killed five officers", "as in recent incidents ... that collectively claimed the lives of eight officers"); not a
# person compared ("Unlike the first victim, the other four are in stable condition")
def test_figures_of_incidents_compared_with():
    assert pairs("Unlike sniper attacks on police that killed five officers on July 7 in Dallas, there was no "
                 "indication that the police in San Diego were targeted.") == set()
    assert pairs("There is no indication the officers were targeted, as in recent incidents in Dallas and Baton Rouge "
                 "that collectively claimed the lives of eight officers.") == set()
    assert pairs("Unlike the first victim, the other four are in stable condition.") == {("injured", 4)}


# In an article whose only casualty is one death, a wounded victim told by the dead one's age, or by a name whose
# surname past its suffix reports the death, is the dead one; a word naming someone else in the sentence before
# ("in the shooting.\n\nNo other details") is no sign of a second victim
def test_only_death_wounded_by_age_or_suffixed_name():
    assert pairs("A 61-year-old man died Tuesday after he was shot in the head, authorities said. Police found "
                 "61-year-old Charles Ulery with a gunshot wound. Police arrested a man as a suspect in the shooting."
                 "\n\nNo other details have been released.") == {("killed", 1), ("detained", 1)}
    assert pairs("A 15-year-old boy who was shot to death Friday night has been identified. Officers found 15-year-old "
                 "Gregory Livingston III with gunshot wounds to his head. Livingston was pronounced dead at Christ "
                 "Medical Center.") == {("killed", 1)}


# An arrest not made holds no one ("Police have not made an arrest or identified a suspect"); one made still does
def test_arrest_not_made():
    assert pairs("Police have not made an arrest or identified a suspect.") == set()
    assert pairs("Authorities had not made an arrest in the case.") == set()
    assert pairs("Police made an arrest Friday.") == {("detained", 1)}


# The victim after "of" in the one who did the deed ("A suspect in the shooting of a 2-year-old Detroit girl
# surrendered to police") is not the one held
def test_victim_of_the_held_agent_is_not_held():
    assert pairs("A suspect in the shooting of a 2-year-old Detroit girl surrendered to police today at a "
                 "hotel.") == set()
    assert pairs("Police said a suspect in the shooting of the child was arrested Wednesday morning.") == set()
    assert pairs("Police arrested the father of the boy.") == {("detained", 1)}


# Someone "locked up" is detained, as someone "behind bars" is; guns locked up are no one
def test_locked_up():
    assert pairs("The teen remains locked up at the Fulton County Jail.") == {("detained", 1)}
    assert pairs("He believed the firearms were locked up in a gun safe.") == set()


# A list of other stories' headlines, each line opening on "+ " under a heading in capitals, is another event's; a
# photo caption so marked after the story's own sentence is not
def test_listed_related_headlines():
    own = "A man was shot and killed Tuesday night near Churchill Downs, police said.\n\n"
    assert pairs(own + "MORE FROM WAVE3.COM\n\n+ Two killed in Gallatin County crash\n\n+ 1 dead, 1 wounded in Park "
                       "Hill shooting\n\nAnyone with information should call police.") == {("killed", 1)}
    assert pairs("Police said three people were found at the scene.\n\n+ Nell Carroll Investigators gather at the scene "
                 "where two women were shot to death Saturday") == {("killed", 2)}


# "Nationwide" in a name ("Nationwide Children's Hospital") is no tally of the nation's; the word alone still is
def test_nationwide_childrens_hospital():
    assert pairs("Police say a victim was taken to Nationwide Children’s Hospital after a shooting.") == {("injured", 1)}
    assert pairs("The 13-year-old died a short time later at Nationwide Children's Hospital.") == {("killed", 1)}
    assert pairs("More than 1,200 people had been detained nationwide.") == {("detained", 1200)}
    assert pairs("Last year 500 people were killed nationwide in such accidents.") == set()


# A count of a part of a group of animals is no victim ("injuring one of the family dogs"); of people it is
def test_part_of_animals():
    assert pairs("The gun went off and injured one of the family dogs, deputies said.") == set()
    assert pairs("She had been upset by the death of one of her four cats.") == set()
    assert pairs("The gunman killed two of the neighbors.") == {("killed", 2)}


# A tally over a span of days ("in attacks from Monday to early Tuesday in Chicago"), told after the article's own
# event, is another event's too; as a round-up's lead it is the article's own
def test_tally_over_days_after_own_event():
    own = "A 17-year-old boy was wounded Monday night in Back of the Yards, police said. "
    assert pairs(own + "Six other people were wounded in attacks from Monday to early Tuesday in Chicago, police "
                       "said.") == {("injured", 1)}
    assert pairs("Seven people were wounded in shootings from Sunday to early Monday on the city's West Side.") == {
        ("injured", 7)}


# A headline opening on an arrest made, its helper verb left out, holds one ("Arrest made in birthday party
# shooting", "Third arrest made in ..."); the plural gives no number
def test_arrest_made_headline():
    assert pairs("Arrest made in birthday party shooting") == {("detained", 1)}
    assert pairs("Third arrest made in Bay Street shooting") == {("detained", 1)}
    assert pairs("Arrests made in deadly shooting") == set()


# A figure someone puts, raises or revises ("Officials put the death toll at 40", "The ministry raised the death toll to
# 120") has that subject as its source; not a pronoun, nor a passive
def test_put_figure_source():
    assert only("Officials put the death toll at 40 after the blast.", "killed").source == "Officials"
    assert only("The health ministry put the number of dead at 112 on Sunday.", "killed").source == "The health ministry"
    assert only("The ministry raised the death toll to 120.", "killed").source == "The ministry"
    assert only("They put the toll at 40.", "killed").source is None
    assert only("The death toll was put at 40.", "killed").source is None


# A figure whose contester follows it ("a figure the government disputes", "a figure authorities dispute") is disputed;
# a quarrel ("a dispute over a parking space") is not
def test_figure_then_disputer():
    assert only("The opposition put the figure at 250 dead, a figure the government disputes.", "killed").disputed
    assert only("The group said it had documented 1,500 arrests, a figure authorities dispute.", "detained").disputed
    assert not only("Two people were killed in a dispute over a parking space, police said.", "killed").disputed


# Victims named in quotation marks after the count ('26 "armed criminals" were killed') are its victims; a quoted word
# in a coordination is not ('played 3 "encores" and two fans were hurt')
def test_quoted_victims_after_count():
    claim = only('State television said 26 "armed criminals" were killed in the operation.', "killed")
    assert (claim.value, claim.who) == (26, "armed criminals")
    assert only('Twenty-six "terrorists" were killed, the ministry said.', "killed").value == 26
    assert [c.value for c in extract_casualties('The band played 3 "encores" and two fans were hurt.')] == [2]


# A claim a pass over the whole article adds has its sentence's source, as one the sentence pass finds has
def test_added_claim_has_source():
    assert only("Police said a 16-year-old was shot in the hand.", "injured").source == "Police"
    assert only("A 17-year-old boy was shot in the hand late Tuesday, authorities said.",
                "injured").source == "authorities"


# ... and one it rejected, in the past ("a figure the government rejected")
def test_figure_then_rejecter():
    assert only("Amnesty said at least 304 people were killed, a figure the government rejected.", "killed").disputed


# Competing figures in one sentence's later clause ("..., but hospital sources put the figure at 30", "..., while local
# media reported at least 35 dead") have that clause's source, not the sentence's first
def test_competing_figures_clause_source():
    claims = extract_casualties("Officials said 12 people had died, but hospital sources put the figure at 30.")
    assert [(c.value, c.source) for c in claims] == [(12, "Officials"), (30, "hospital sources")]
    claims = extract_casualties("Xinhua said 27 people had been killed, while local media reported at least 35 dead.")
    assert [(c.value, c.source) for c in claims] == [(27, "Xinhua"), (35, "local media")]
    claims = extract_casualties("Five people were killed, while 12 were injured, police said.")
    assert [(c.value, c.source) for c in claims] == [(5, "police"), (12, "police")]


# A later clause disputing a competing figure of its own disputes only that figure; one with no figure of its own
# disputes the earlier ones
def test_competing_figure_dispute():
    claims = extract_casualties("The army said 15 soldiers were killed, while the rebels said 60 soldiers died, a figure "
                                "that could not be independently verified.")
    assert [(c.value, c.disputed) for c in claims] == [(15, False), (60, True)]
    claims = extract_casualties("The rights group said 52 people were killed, but the interior ministry denied the figure.")
    assert [(c.value, c.disputed) for c in claims] == [(52, True)]


# An acronym inside a lower-case source phrase after the figures ("..., the official IRNA news agency reported")
def test_acronym_in_lowercase_source():
    assert only("A total of 52 people died in the fire, the official IRNA news agency reported.",
                "killed").source == "the official IRNA news agency"
    assert only("Twelve people were killed, the state-run KCNA news agency said.",
                "killed").source == "the state-run KCNA news agency"


# A lower-case speaker before a reporting verb followed by its figure or "that", or by whom it told ("told AFP", "told
# reporters"), is the source; an aside in brackets in lower case keeps its own source
def test_lowercase_speaker_before_figure_or_audience():
    assert only("On Monday, the health ministry said 12 people were killed.", "killed").source == "the health ministry"
    assert only("On Monday, the provincial governor told AFP that 10 people had died.",
                "killed").source == "the provincial governor"
    assert only("The death toll has climbed to 56, the provincial governor told AFP.",
                "killed").source == "the provincial governor"
    assert only("Five people were killed, a local official told reporters.", "killed").source == "a local official"
    assert only("Five people were killed, the man told his neighbour.", "killed").source is None
    claims = extract_casualties("The police said that there was one arrest (the Post says three people were injured).")
    assert [(c.value, c.source) for c in claims] == [(1, "The police"), (3, "the Post")]


# "Claimed" of lives, or of responsibility, reports nothing: its subject is no source
def test_claimed_lives_no_source():
    assert only("The storm has claimed at least 21 lives, officials said.", "killed").source == "officials"
    assert only("The shooting claimed the life of 47-year-old Michael Matthews.", "killed").source is None
    assert only("The group claimed responsibility for the attack, which killed 9 people.", "killed").source is None
    assert only("The rebels claimed 12 soldiers were killed.", "killed").source == "The rebels"


# People seized told in the passive after their count are detained ("one of 99 alleged Sicilian Mafia members seized on
# Tuesday"); the subject of an active "seized" is not ("30 gunmen seized the hotel")
def test_people_seized_passive():
    assert only("Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has hanged himself.",
                "detained").value == 99
    assert extract_casualties("30 gunmen seized the hotel.") == []
    assert extract_casualties("Two boats seized by the navy were towed.") == []


# A speaker who reports citing another ("..., Xinhua reported, citing local officials") keeps no reporting verb in the
# source, and a lower-case one ("state media reported, citing") is kept
def test_citing_after_reporting_verb():
    assert only("At least 11 people were killed, Xinhua reported, citing local officials.",
                "killed").source == "Xinhua, citing local officials"
    assert only("At least 11 people were killed, state media reported, citing local officials.",
                "killed").source == "state media, citing local officials"
    assert only("Xinhua, citing local officials, said 11 people were killed.",
                "killed").source == "Xinhua, citing local officials"


# A denier's own figure after the denial ("The government denied the figure, saying 12 had died") is neither disputed
# nor the denied one's source
def test_denier_own_figure():
    claims = extract_casualties("Activists said 50 people were killed. The government denied the figure, saying 12 had "
                                "died.")
    assert [(c.value, c.source, c.disputed) for c in claims] == [(50, "Activists", True), (12, "The government", False)]
    claims = extract_casualties("Officials rejected the opposition's figure of 300 dead, putting the toll at 45.")
    assert [(c.value, c.source, c.disputed) for c in claims] == [(300, None, True), (45, "Officials", False)]


# Declining or being unable to confirm a figure disputes it, as not confirming does; not a detail ("declined to confirm
# the identity")
def test_declined_to_confirm():
    assert only("Residents said at least 15 bodies were brought to the morgue, but officials declined to confirm the "
                "toll.", "killed").disputed
    assert not only("One man was killed; police declined to confirm the identity of the victim.", "killed").disputed


# A bare figure a later clause's source gives against the figure before it counts what that figure counts ("The
# government says 3 people died; hospital officials say at least 19"); not a year or a time
def test_competing_bare_figure():
    claims = extract_casualties("The government says 3 people died; hospital officials say at least 19.")
    assert [(c.category, c.value, c.source) for c in claims] == [
        ("killed", 3, "The government"), ("killed", 19, "hospital officials")]
    assert [c.value for c in extract_casualties("Five people were killed on Monday; police said 2010.")] == [5]
    assert [c.value for c in extract_casualties("Three people were hurt; the mayor said 40 homes were damaged.")] == [3]


# A wire headline's source after a dash or a colon at its end ("... - state media", "...: officials"), in lower case;
# not an outlet's name nor a headline's tag
def test_headline_trailing_source():
    assert only("Kazakh unrest death toll rises to 164 - state media", "killed").source == "state media"
    assert only("Quake hits island off south Iran, five hurt: media", "injured").source == "media"
    assert only("Man shot dead in Brooklyn - NYPD", "killed").source is None
    assert only("Three killed in shooting: what we know", "killed").source is None


# A wire service's resend tag before a headline ("UPDATE 2-Kazakhstan says ...") is no part of the source
def test_wire_tag_not_in_source():
    assert only("UPDATE 2-Kazakhstan says 164 killed in unrest", "killed").source == "Kazakhstan"


# Whom a source told is not the source ("..., Mehdi iran-Nejad, told ISNA", "..., told reporters")
def test_told_audience_not_source():
    assert only("Three people died, John Ging, director of operations in Gaza for UNRWA, told reporters.",
                "killed").source != "reporters"
    assert only("Three people died, their neighbours told reporters.", "killed").source == "their neighbours"
    assert only("Two villagers were slightly injured, the governor of Qeshm, Mehdi iran-Nejad, told ISNA.",
                "injured").source != "ISNA"


# A speaker set off by a bare title ("Andrew Mwangura, head of the programme, said"), or a title then the name ("the
# governor of Qeshm, Mehdi iran-Nejad, told ISNA"); a place's name before a title word is none
def test_bare_title_apposition_source():
    assert only("Three crew members died, Andrew Mwangura, head of the Seafarers Assistance Programme, said.",
                "killed").source == "Andrew Mwangura, head of the Seafarers Assistance Programme"
    assert only("Two villagers were slightly injured, the governor of Qeshm, Mehdi iran-Nejad, told ISNA.",
                "injured").source == "the governor of Qeshm, Mehdi iran-Nejad"
    assert only("A passer-by who found the wounded deputy called the Lakewood sheriff's station to report the "
                "shooting, said sheriff's Sgt. Vanette Christiansen.", "injured").source == (
        "sheriff's Sgt. Vanette Christiansen")


# A city's tally is looked for first on the lowercased sentence, where the engine skips to the letters that open one
def test_citywide_tally_is_found_as_the_plain_alternation_finds_it():
    import re

    from workbench.extract.casualties import _CITYWIDE_TALLIES, _citywide_tally

    plain = re.compile("|".join(_CITYWIDE_TALLIES), re.I | re.VERBOSE)
    lines = [line for text in _gold_texts() for line in text.splitlines()]
    lines += ["Seven were hurt in shootings across Chicago.", "seven were hurt in shootings across chicago.",
              "Four were SHOT FROM Monday to Tuesday.", "Five people were shot in Chicago from late Friday.",
              "Violence CITYWIDE", "Weekend  shootings left 3 dead", "in the Fourth of July shootings",
              "shootings across the city Saturday", "ſhootings across Chicago", "Six shot, one fatally, between Sunday"]
    for line in lines:
        assert _citywide_tally(line, line.lower()) == (plain.search(line) is not None), line


def test_parent_of_cue_is_found_as_the_cues_are():
    from workbench.extract.casualties import PARENT_OF_CUE, PARENT_OF_CUES

    lines = [line.lower() for text in _gold_texts() for line in text.splitlines()]
    lines += ["a mother of two", "father of 3", "mom of 12", "dad of two", "mum of one", "mother-of-two", "mother of",
              "bother of x", "gather of ", "mom  of ", "of- of-", "-of", "the officers of the mother"]
    for line in lines:
        assert (PARENT_OF_CUE.search(line) is not None) == any(cue in line for cue in PARENT_OF_CUES), line
