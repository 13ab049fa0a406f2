"""Attribution cases of round 15 (probing, branch probe15a): invented cases for failures found in
round 14 — an anonymous "source close to …" after an inverted verb, a pronoun whose antecedent is a
possessive owner ("Kell's answer …"), inverted verbs before titled names ("urged Sen. …"), honorifics
kept in names ("Dame …") and couples as owners ("Mr. and Mrs. …'s lawyer"), a long fronted participle
before a reporting clause, and quotes split across paragraphs with mixed marks. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SOURCE_CLOSE = cases(
    "organisations, documents and groups",
    [
        (
            "“Nobody is walking away from the table yet,” said a source close to the talks.",
            "Nobody is walking away",
            ("a source close to the talks", "a source"),
            "person",
        ),
        (
            "“The deal could be signed as early as Friday,” said one person familiar with the negotiations.",
            "The deal could be signed",
            ("one person familiar with the negotiations", "one person"),
        ),
        (
            "“He has no intention of resigning,” a source close to the minister said on Tuesday.",
            "He has no intention",
            ("a source close to the minister", "a source"),
        ),
        (
            "“The board was split down the middle,” said an official close to Gov. Ada Brill.",
            "The board was split",
            ("an official close to Gov. Ada Brill", "an official"),
        ),
        (  # negative: the person the source is close to is not the speaker
            "“The mayor is furious,” said a source close to Mayor Ken Lowe.",
            "The mayor is furious",
            ("a source close to Mayor Ken Lowe", "a source"),
        ),
        (
            "“Talks are at a delicate stage,” said sources familiar with the matter, who asked not to be named.",
            "Talks are at a delicate stage",
            ("sources familiar with the matter", "sources"),
            "group",
        ),
    ],
)

POSSESSIVE_ANTECEDENT = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Ruth Kell's answer to her critics is simple. “We built more homes than anyone,” she said.",
            "We built more homes",
            "Ruth Kell",
        ),
        (
            "Dan Okoro's campaign has struggled for money all summer. “We are running on fumes,” he said.",
            "We are running on fumes",
            "Dan Okoro",
        ),
        (
            "Sen. Ivy Pratt's office released the letter on Monday. “I will not be bullied,” she said.",
            "I will not be bullied",
            "Ivy Pratt",
        ),
        (  # negative: the owner is a man, the pronoun is "she"; no other woman
            "Tom Beale's plan drew fire from the union. “It is a bad plan,” she said.",
            "It is a bad plan",
            None,
        ),
        (  # negative: a company owns the subject; no person for "she"
            "Acme Freight's plan drew fire from the union. “It is a bad plan,” she said.",
            "It is a bad plan",
            None,
        ),
        (  # a later subject is more recent than the owner
            "Mayor Ruth Kell's budget was voted down. Her rival, Councillor Joan Ivers, was pleased. "
            "“The city dodged a bullet,” she said.",
            "The city dodged a bullet",
            "Joan Ivers",
        ),
        (  # the subject, not the owner, when both fit
            "Lena Voss met Tara Singh's lawyers on Friday. “They were not ready,” she said.",
            "They were not ready",
            "Lena Voss",
        ),
    ],
)

INVERTED_TITLED = cases(
    "titles and abbreviations",
    [
        ("“Vote,” urged Sen. Lena Marr.", "Vote", "Lena Marr"),
        (
            "“Go home and stay there,” pleaded Gov. Tim Arlo on Sunday night.",
            "Go home and stay there",
            "Tim Arlo",
        ),
        ("“Shame on all of you,” shouted Rep. Nina Cole from the floor.", "Shame on all of you", "Nina Cole"),
        (
            "“We have the votes,” insisted Speaker Dale Roane, leaving the chamber.",
            "We have the votes",
            "Dale Roane",
        ),
        (
            "“Read the bill first,” countered Dr. Omar Haddad, a health economist.",
            "Read the bill first",
            "Omar Haddad",
        ),
        ("“Vote now,” insisted Lena Marr.", "Vote now", "Lena Marr"),  # a short paragraph, not a headline
        ("“Stay home,” pleaded Tina Moss.", "Stay home", "Tina Moss"),
        ("“Enough is enough,” sniffed Prof. Ida Marx.", "Enough is enough", "Ida Marx"),
        ("“Nonsense from start to finish,” Rep. Tom Vale snorted.", "Nonsense from start", "Tom Vale"),
        (  # negative: a title-case headline stays one
            "Brill Slammed Tax Plan As “Dead on Arrival”\n\nThe governor spoke on Monday in Salem.",
            "Dead on Arrival",
            None,
        ),
        (  # negative: the titled name is the one addressed, not the speaker
            "“Thank you, Sen. Marr,” the chairman said.",
            "Thank you, Sen. Marr",
            ("the chairman", None),
        ),
    ],
)

HONORIFICS = cases(
    "titles and abbreviations",
    [
        ("“The theatre saved my life,” said Dame Judith Hale.", "The theatre saved my life", "Judith Hale"),
        ("“A disgrace,” said Baroness Ann Kell.", "A disgrace", "Ann Kell"),
        (
            "Baroness Ann Kell rose to speak. “This bill is a disgrace to the House,” she said.",
            "This bill is a disgrace",
            "Ann Kell",
        ),
        (
            "“We will appeal,” said Sir Colin Marsh, the club's chairman.",
            "We will appeal",
            "Colin Marsh",
        ),
        (
            "Mr. and Mrs. Hal Dorsey's lawyer, Ben Wu, said the couple would sue. “They were lied to,” he said.",
            "They were lied to",
            "Ben Wu",
        ),
        (
            "“They were lied to for years,” Mr. and Mrs. Hal Dorsey's lawyer, Ben Wu, said.",
            "They were lied to for years",
            "Ben Wu",
        ),
        (
            "“It is our home,” said Mr. and Mrs. Ray Dunne, who have lived on the street for 40 years.",
            "It is our home",
            ("Ray Dunne", "Mr. and Mrs. Ray Dunne", None),
        ),
    ],
)

FRONTED_PARTICIPLE = cases(
    "clause frames around the speaker",
    [
        (
            "Looking tired after a long night the chancellor told reporters “we will find the money.”",
            "we will find the money",
            "the chancellor",
        ),
        (
            "Speaking outside the court after the verdict, Ana Ruiz told reporters “justice was done today.”",
            "justice was done today",
            "Ana Ruiz",
        ),
        (
            "Flanked by police chiefs, Gov. Lou Vance said “this city is safe and will stay safe.”",
            "this city is safe",
            "Lou Vance",
        ),
        (
            "Visibly angry after the vote the senator said “this is not over.”",
            "this is not over",
            "the senator",
        ),
        (
            "After the vote the senator said “this is not over, not by a long way.”",
            "this is not over, not by",
            "the senator",
        ),
        (  # the object inside the opener is not the subject
            "After meeting the senator the union leader told reporters “we are done talking.”",
            "we are done talking",
            "the union leader",
        ),
        ("Sadly the minister said “we failed the families who trusted us.”", "we failed the families", "the minister"),
        (
            "Clearly the senator told the hearing “the figures do not add up.”",
            "the figures do not add up",
            "the senator",
        ),
        (  # negative: "Kelly" is a name, not an adverb; "Kelly the senator" is no subject we can read
            "Kelly the senator said “this is not over.”",
            "this is not over.",
            (None, "Kelly"),
        ),
        (  # negative: a document ends the opener; no person to name
            "Reading through the thick report the only conclusion was “a failure of nerve at every level.”",
            "a failure of nerve",
            None,
        ),
    ],
)

SPLIT_PARAGRAPHS = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Councillor Petra Lind opposed the tower from the start.\n\n"
            "“It will cast a shadow over the whole park,” Lind said. \"And nobody asked the people who use it.\"",
            "And nobody asked",
            "Petra Lind",
        ),
        (
            "“We have waited eleven years for this bridge,” said Mayor Joe Ambrose.\n\n"
            "\"Eleven years of promises,\" Ambrose added.",
            "Eleven years of promises",
            "Joe Ambrose",
        ),
        (
            "Dr. Kira Moss, who runs the clinic, spoke first.\n\n"
            "\"We turn away forty people a day.\n\n"
            "“Forty people, every day, who have nowhere else to go,” Moss said.",
            "We turn away forty people",
            ("Kira Moss", None),
        ),
        (
            "\"The river rose faster than anyone expected,\" said Hanna Orr, a farmer.\n\n"
            "Orr lost most of her herd. “I have nothing left,” she said.",
            "I have nothing left",
            "Hanna Orr",
        ),
        (  # an open straight quote runs into a curly paragraph
            "Nurse Abby Tran has worked nights at the ward for a decade.\n\n"
            "\"We used to have four nurses on a shift.\n\n"
            "\"Now we have two, on a good night,\" Tran said.",
            "We used to have four nurses",
            "Abby Tran",
        ),
        (
            "“It started with the rent,” said Omar Field, a baker on Main Street. “Then the power bills doubled.\n\n"
            "\"By spring I was working for free,\" Field said.",
            "Then the power bills doubled",
            "Omar Field",
        ),
        (
            "Lina Sorel, 34, a teacher, said her class had doubled.\n\n"
            "'We have 40 children in one room,' Sorel said.\n\n"
            "“It is not teaching. It is crowd control.”",
            "It is not teaching",
            "Lina Sorel",
        ),
        (  # a surname after a paragraph about the speaker's past, then "he"
            "“I have no regrets,” said former Mayor Ed Pike.\n\n"
            "Pike, who left office in 2019, now runs a bakery.\n\n"
            "\"Bread is easier than politics,\" he said with a laugh.",
            "Bread is easier",
            "Ed Pike",
        ),
        (  # no cue at all: the person introduced may be named, or no one
            "Coach Ray Tillman was blunt after the loss.\n\n\"We were soft.\n\n"
            "“We were soft in every part of the field.”",
            "We were soft in every part",
            ("Ray Tillman", None),
        ),
        (  # negative: a different surname in the second paragraph
            "“This is our last season,” said Luis Baptiste, a fisherman.\n\n"
            "\"We will keep going,\" said Marta Baptista, his neighbour.",
            "We will keep going",
            "Marta Baptista",
        ),
    ],
)

#: Guards found on the dev pages' outputs after round 15 (no gold read): "close to" after a verb
#: describes no one, and a sentence adverb before "the X he …" opens a relative clause.
ROUND15_GUARDS = cases(
    "when unsure, say less",
    [
        (
            "A new poll by the Harbor Institute shows how hard it will be to stop Reyes if he gets close "
            "to a majority: voters said the party \"should back the candidate with the most votes.\"",
            "should back the candidate",
            ("voters", None, "a new poll", "a new poll by the Harbor Institute"),
        ),
        (
            "Hale then accused the crowd of being \"paid activists and lobbyists for the port\" -- "
            "essentially the establishment he rails against.",
            "paid activists and lobbyists",
            ("Hale", None),
        ),
    ],
)

PROBE15A_CASES = [
    *SOURCE_CLOSE, *POSSESSIVE_ANTECEDENT, *INVERTED_TITLED, *HONORIFICS, *FRONTED_PARTICIPLE,
    *SPLIT_PARAGRAPHS, *ROUND15_GUARDS,
]  # fmt: skip
