"""Attribution cases of session 15 (pron2): a "she" after a man of unknown gender whose wife is
named in a second clause ("Hal Vance died in May, and his wife Fran says …. “…,” she says"): the
subject index holds only the man, whom the "his" makes male; the reader cannot be sure of him, so
no speaker. Negatives: the owner's own kin of the owner's gender ("whose daughter", "her son"),
and a wife named where the pronoun is "he". And a "he" after a flight or model named with digits
("AirAsia QZ8501 made a steep climb, a source told Reuters. “…,” he said"): no one. And a
paragraph opening on a person named only in quote marks ('“Perry” chimed in: “…,” he said'): no
one, rather than the man named before. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

KIN_OTHER_GENDER = cases(
    "pronouns and role nouns",
    [
        ("Kerry Alden died in March, and his wife Nora says he spent his last weeks sorting old letters. "
         "“It kept him calm until the end,” she says.", "It kept him calm", None),
        ("Robin Hale retired from the mill in 2019, and his wife Greta says the pension never came. "
         "“We wrote to them every month,” she said.", "We wrote to them", None),
        (  # negative: the sister is the subject of her own sentence: hers
            "Jody Marsh lost his farm to the flood. His sister Ellen says the county was slow to help. "
            "“Nobody came for three days,” she said.", "Nobody came for three days", "Ellen"),
        ("Jody Marsh lost his farm to the flood last year, and his mother Ruth says the county was slow to "
         "help. “Nobody came for three days,” she said.", "Nobody came for three days", None),
        ("Sandy Crale fell ill last spring, and her husband Tom says the clinic turned them away. "
         "“They told us to wait a month,” he said.", "They told us to wait", None),
        (  # negative: the owner's own kin of the owner's gender; she is the owner
            "Sandy Crale, whose daughter Ana died in the crash, met the senator on Monday. "
            "“He promised to call us back,” she said.", "He promised to call us back", "Sandy Crale"),
        (  # negative: her own son is named; "she" is still the mother
            "Kim Pruett spoke after her son Daniel testified. “I am proud of him,” she said.",
            "I am proud of him", "Kim Pruett"),
        (  # negative: a wife named, but the pronoun is "he": the husband speaks
            "Kerry Alden sat next to his wife Nora at the hearing. “We only want the truth,” he said.",
            "We only want the truth", "Kerry Alden"),
    ],
)

CODE_NAMES = cases(
    "pronouns and role nouns",
    [
        # a name mixing capitals and digits (a flight, a model) is no "he"; the sentence about it
        # was told by someone unnamed ("a source"), and nobody before it is sure either
        ("Meanwhile, Jon Pearl in Jakarta sends this summary of the day.\n\n"
         "Flight QZ7702 made a steep climb before it vanished, a source close to the inquiry told Reuters.\n\n"
         "“This rate of climb is very high, too high,” he said.", "This rate of climb", None),
        ("Captain Ray Dunn has flown the route for twenty years.\n\n"
         "Flight BA2490 landed safely in Rome after the scare, a spokesman for the airport told reporters.\n\n"
         "“Nobody on board was hurt,” he said.", "Nobody on board was hurt", None),
        ("Ines Baro reported the crash first. SkyLift X12 went down near the coast, an official told the "
         "paper. “It simply fell out of the sky,” she said.", "It simply fell out of the sky", None),
        (  # negative: a person named after the plane is the he, as before
            "The Airbus A320 climbed too fast, investigator Tom Rees said. “It was beyond its limits,” he said.",
            "It was beyond its limits", "Tom Rees"),
        (  # negative: a person described with an age is a person
            "A 21-year-old resident of the block would only say his name was Perry. “They never listen,” he said.",
            "They never listen", ("a 21-year-old resident", "a 21-year-old resident of the block")),
        (  # negative: a regnal number is part of a person's name
            "Louis XIV built the palace at great cost. “The state is me,” he said.", "The state is me", "Louis XIV"),
    ],
)

NICKNAME_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        # a paragraph opening on a person named only in quote marks ('“Perry” chimed in'): the
        # he is that person, whom the registry does not hold; not the man named before
        ("Next to the fountain stood Marco Ruiz, 22, of Queens.\n\n"
         "“I got stopped twice this month,” Ruiz told me.\n\n"
         "“Deshawn” chimed in: “They never listen,” he said of the council.", "They never listen", None),
        ("Marco Ruiz, 22, joined the march. “I got stopped twice this month,” Ruiz told me.\n\n"
         "“Deshawn,” a friend of his, shook his head. “They never listen,” he said.", "They never listen", None),
        ("Lena Ortiz organised the vigil and Paul Ortiz read the names.\n\n"
         "“Tito” said he had known all three boys. “We grew up on this street,” he said.",
         "We grew up on this street", None),
        (  # negative: a one-word quote of a common word is a quote
            "Marco Ruiz spoke first.\n\n“Absolutely,” he said. “We will be back.”", "We will be back", "Marco Ruiz"),
        (  # negative: a name called out, then its speaker: a quote, as before
            "Tom Reyes recalled his first day at the plant.\n\n"
            "“Reyes,” he remembers the foreman shouting, “get over here.”", "get over here", ("the foreman", None)),
    ],
)

GLUED_SENTENCES = cases(
    "pronouns and role nouns",
    [
        # an extraction that lost the space after a period ("with Lark.In a video"): two sentences,
        # and the second one's subject is the he, not the first one's
        ("Aaron Lark called the attack by his son, Daniel Lark, “a terrible act.”\n\n"
         "Lark once had a short meeting with Rep. Paul Vance, the Ohio Republican said in a statement. Vance said "
         "he meets many voters and vaguely recalls a talk with Lark.In a video posted in May, Lark declared himself "
         "a candidate.“The country is in danger,” he said.", "The country is in danger", "Aaron Lark"),
        ("Rita Gomez chaired the meeting.Carl Voss, the treasurer, presented the budget. “We are short by a "
         "million,” he said.", "We are short by a million", "Carl Voss"),
        # the comma of a full date is no clause boundary: the subject after the opening phrase
        ("Rep. Paul Vance said he vaguely recalls a talk with Lark. In a video dated May 23, 2015, Aaron Lark "
         "declared himself a candidate. “The country is in danger,” he said.", "The country is in danger",
         "Aaron Lark"),
        ("Gov. Tim Ruel praised the plan. On Jan. 5, 2020, the mayor, Ann Lark, declared a curfew. “The city "
         "is not safe at night,” she said.", "The city is not safe", "Ann Lark"),
        (  # negative: a dotted abbreviation glued to a capital stays whole
            "Carl Voss met Sen. Rita Gomez of the U.S.Senate panel. “We agreed on nothing,” he said.",
            "We agreed on nothing", "Carl Voss"),
    ],
)

PRON2_CASES = [*KIN_OTHER_GENDER, *CODE_NAMES, *NICKNAME_SUBJECTS, *GLUED_SENTENCES]
