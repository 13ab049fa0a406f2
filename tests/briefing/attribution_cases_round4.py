"""Attribution cases of the fourth round: one group per rule added from the tuning half's
errors (issue 13), written here with invented names so each rule is checked on text it was not
written from. Filed under the suite's existing patterns so the per-pattern figures stay
comparable.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A surname that is also a function or common word ("From", "Will", "Just"), once the full
#: name was written: clean_name drops the lone word, the article's own full name brings it back.
COMMON_WORD_SURNAMES = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“We lost three elections in a row and nobody wanted to admit it,” said Al From, who founded the "
            "council.\n\nVoters saw the party as “the party of big and wasteful government,” From said.",
            "the party of big and wasteful",
            "Al From",
        ),
        (
            "Columnist Nora Will has attacked the plan for months.\n\n“This is the most embarrassing idea "
            "of the whole campaign,” Will wrote on Sunday.",
            "This is the most embarrassing",
            "Nora Will",
        ),
        (
            "Judge Amos Just heard the case in March. Lawyers for both sides asked for a delay.\n\n"
            "“Nothing about this request is normal or fair to the public,” Just said.",
            "Nothing about this request",
            "Amos Just",
        ),
        (
            "The coach, Lena Early, met the players on Monday.\n\n“We were not good enough in the second half "
            "and everybody knows it,” Early said, “but we will be back.”",
            "We were not good enough",
            "Lena Early",
        ),
        (  # no full name ends in the word: nobody is named
            "Critics were blunt.\n\n“This is a plan written for donors and not for voters,” Still said.",
            "This is a plan written",
            None,
        ),
    ],
)

#: A document "filed/written/signed by" someone: shown with its issuer, as "a statement from X" is.
FILED_BY = cases(
    "organisations, documents and groups",
    [
        (
            "“Although there was probable cause for an arrest, the evidence cannot prove the crime,” according "
            "to a court document filed by state attorney Mark Delano.",
            "Although there was probable cause",
            ("a court document filed by Mark Delano", "Mark Delano"),
        ),
        (
            "“The company misled its customers for years about the fees it charged them,” a complaint filed by "
            "Attorney General Lisa Moreno said.",
            "The company misled its customers",
            ("a complaint filed by Lisa Moreno", "Lisa Moreno"),
        ),
        (
            "A lawsuit filed by the city of Dunmore on Friday says the landlord left tenants “without heat or "
            "water for most of the winter.”",
            "without heat or water",
            ("a lawsuit filed by the city of Dunmore", "a lawsuit filed by the city"),
        ),
        (
            "“The defendant showed no remorse at any stage of the trial,” according to a memo written by "
            "prosecutor Ann Lowe.",
            "The defendant showed no remorse",
            ("a memo written by Ann Lowe", "Ann Lowe"),
        ),
        (
            "A letter signed by 40 former ambassadors warned that the cuts would “leave embassies unable to "
            "protect their own staff.”",
            "leave embassies unable",
            ("a letter signed by 40 former ambassadors", "a letter"),
        ),
    ],
)

#: A name right after a present-tense verb is its object, not the subject: "The ad hits Berg for
#: taking “…”" is the ad's wording, never Berg's.
NAME_AS_OBJECT = cases(
    "when unsure, say less",
    [
        (
            "Governor Tom Berg is running for a third term.\n\nThe new ad hits Berg for taking “fifty times "
            "more money from developers than from the voters.”",
            "fifty times more money",
            ("the new ad", None),
        ),
        (
            "The report blames Mayor Ana Ruiz for “years of neglect at every level of the water system.”",
            "years of neglect",
            ("the report", None),
        ),
        (
            "The lawsuit accuses Dale Korver of running “a scheme to defraud hundreds of elderly investors.”",
            "a scheme to defraud",
            ("the lawsuit", None),
        ),
        (  # a role noun before the name is no verb: the name is the speaker
            "The historian Olivia Messer called the letter “the most honest thing any president has written.”",
            "the most honest thing",
            "Olivia Messer",
        ),
    ],
)

#: The subject of a participle ("…, saying, “…”") is the sentence's subject, not a name inside a
#: relative clause before the participle ("the blame that Wall Street faced").
PARTICIPLE_SUBJECT = cases(
    "long material between quote, speaker and verb",
    [
        (
            "In a speech to bankers in 2013, Senator Ann Lowe talks about the blame that Wall Street faced "
            "after the crisis, saying, “A lot of this could have been avoided with more openness on all sides.”",
            "A lot of this could have been avoided",
            "Ann Lowe",
        ),
        (
            "At the rally, Mayor Dan Ortiz described the plan that Governor Ruth Kim signed last year, "
            "calling it “the worst deal this city has been handed in a generation.”",
            "the worst deal this city",
            "Dan Ortiz",
        ),
        (  # a name set off by a dash and a relative clause is still the subject
            "Reached by phone on Tuesday, Hal Pryor — who is listed as a lawyer but no longer practises — said "
            "he would not appeal, adding that he hoped “somebody else takes up the fight in court.”",
            "somebody else takes up",
            "Hal Pryor",
        ),
        (  # an appositive name set off by commas is the subject
            "The new chair of the board, Olena Marchuk, was blunt, saying the budget was “not worth the paper "
            "it is printed on.”",
            "not worth the paper",
            "Olena Marchuk",
        ),
    ],
)

#: Descriptions that open with a demonstrative ("this source") or are partitive ("one of those
#: advisers"): shown as written; and a quote whose own verb has such a subject never inherits the
#: previous paragraph's speaker.
DESCRIPTIONS = cases(
    "pronouns and role nouns",
    [
        (
            "“The staff do not trust him and the family never did,” said Mara Quist, a former aide.\n\n"
            "“He was the only one who defended him inside the building,” this source told the newspaper.",
            "He was the only one",
            ("this source", None),
        ),
        (
            "“We were never consulted about any of it,” said council member Joe Pratt.\n\n"
            "“The decision was taken before the meeting even started,” these officials said on Monday.",
            "The decision was taken",
            ("these officials", None),
        ),
        (
            "Senior campaign advisers have run the numbers for weeks. “There will be no path for her rival "
            "after this month,” said one of those advisers, who spoke on condition of anonymity.",
            "There will be no path",
            ("one of those advisers", None),
        ),
        (
            "“We expected a few hundred people and thousands came,” said one of the organizers, a retired "
            "teacher.",
            "We expected a few hundred",
            ("one of the organizers", None),
        ),
        (
            "“Nobody told us that the plant would close before Christmas,” two of the workers said.",
            "Nobody told us",
            ("two of the workers", None),
        ),
        (  # "one of them" names nobody
            "Reporters waited outside the court. “This is a sad day for the town,” one of them said.",
            "This is a sad day",
            None,
        ),
    ],
)

#: A quote-only paragraph signed in the next one after a dash ("— Ann Marks, Philadelphia."), as
#: in quote round-ups; what follows the name's comma is a place or an affiliation.
SIGNED_NEXT = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "“We need the money for the schools this year,” said Mayor Ken Dale.\n\n"
            "“Great speech. She is ready. She never quits, and that is why she should be next.”\n\n"
            "— Governor Tom Hale, writing after the speech.",
            "Great speech. She is ready.",
            "Tom Hale",
        ),
        (
            "Voices from the convention floor:\n\n“The whole idea of a crooked mayor is something we hear all "
            "the time, and it needs to stop.”\n\n-Michelle Arno, Philadelphia.",
            "The whole idea of a crooked mayor",
            "Michelle Arno",
        ),
        (
            "“Prices will keep falling until the end of the year and then they will rise again.” — Maria Lenz, "
            "chief economist at Nordbank",
            "Prices will keep falling",
            "Maria Lenz",
        ),
    ],
)

#: Manner-of-speaking verbs and phrasal cues missing from the lexicon ("sings", "demurred", "cut
#: in", "piped up", "weighed in"), and a second speaker coordinated after the first quote's verb.
MORE_VERBS = cases(
    "speech verbs in every form",
    [
        (
            "In the old ballad, the singer Ray Lund sings, “Don't go changing to try and please me.”",
            "Don't go changing",
            "Ray Lund",
        ),
        (
            "Asked whether the next president would act on the climate, Secretary-General Ban Ki-moon demurred. "
            "“There is no political ideology in science, there is just one science,” he said.",
            "There is no political ideology",
            "Ban Ki-moon",
        ),
        (
            "“We will win this district by a mile and everybody knows it,” Councilwoman Ada Price piped up.",
            "We will win this district",
            "Ada Price",
        ),
        (
            "“Tell her I promised you a picture,” Betsy Arden said, and her husband cut in. “Don’t forget "
            "about me, I have known her since high school.”",
            "Don’t forget about me",
            "her husband",
        ),
        (
            "“Nobody in this town wants the mine closed,” the mayor said, and then Senator Lucia Ferro weighed "
            "in. “The mine will close whether the town wants it or not.”",
            "The mine will close",
            "Lucia Ferro",
        ),
        (  # "state" after a quote, before punctuation or "in"
            "“Today, the kingdom is one of the leading nations in fighting terrorism,” the Saudis state in the "
            "white paper.",
            "Today, the kingdom",
            "the Saudis",
        ),
        (
            "“We will not accept any new tax on farmers this year or next,” the farmers' unions state.",
            "We will not accept",
            "the farmers' unions",
        ),
        (
            "Farmer Jon Vik has voted in every election since 1970. “People are afraid of wasting their votes "
            "this time,” he surmised.",
            "People are afraid of wasting",
            "Jon Vik",
        ),
        (
            "“The merger will be blocked before the summer is out,” analyst Priya Nair speculated on Friday.",
            "The merger will be blocked",
            "Priya Nair",
        ),
        (
            "“It would take a miracle to finish the bridge by 2030,” reckons Tomas Berg, an engineer.",
            "It would take a miracle",
            "Tomas Berg",
        ),
        (
            "“Of course I will run again, I never stopped running,” Governor Hal Brandt laughed.",
            "Of course I will run again",
            "Hal Brandt",
        ),
    ],
)

#: A name followed directly by a quote that is its predicate ('Dean “kind of misspoke.”') is
#: what the quote is about: the paragraph's earlier speaker goes on; and a verb that takes a plain
#: object ("recites the same points") is no speech verb for a later participle.
QUOTE_AS_PREDICATE = cases(
    "when unsure, say less",
    [
        (
            "Senator Bill Dean spoke about the treaty on Monday.\n\n“We thought only the mayor was careless "
            "with words,” said Aida Ross, a historian. Dean “kind of misspoke. This is not something he "
            "should talk about in public.”",
            "kind of misspoke",
            ("Aida Ross", None),
        ),
        (
            "Governor Chris Lane repeated that Senator Mark Ruiz recites the same talking points, calling him a "
            "“talented guy” when asked to “deliver a speech and read a teleprompter.”",
            "deliver a speech and read",
            ("Chris Lane", None),
        ),
    ],
)

#: A "he" is never a group named by a capitalised plural ("Republicans") nor a negated auxiliary
#: opening a question ("Don't Republicans …").
PRONOUN_ANTECEDENTS = cases(
    "pronouns and role nouns",
    [
        (
            "Party chairman Carl Tobin took questions after the vote. But what if the other side wins? Don’t "
            "Republicans run the risk of a worse nominee?\n\n“We should just let them do whatever they want "
            "to do,” he said.",
            "We should just let them",
            "Carl Tobin",
        ),
        (
            "Senator Mark Hale spoke to the students. Democrats have held the seat since 1990.\n\n“This seat "
            "belongs to the voters and not to any party,” he said.",
            "This seat belongs",
            "Mark Hale",
        ),
    ],
)

ROUND4_CASES = [
    *PRONOUN_ANTECEDENTS,
    *QUOTE_AS_PREDICATE,
    *MORE_VERBS, *COMMON_WORD_SURNAMES, *FILED_BY, *NAME_AS_OBJECT, *PARTICIPLE_SUBJECT, *DESCRIPTIONS, *SIGNED_NEXT
]  # fmt: skip
