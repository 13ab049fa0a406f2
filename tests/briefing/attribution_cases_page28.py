"""Attribution cases of session 28 (helper page28): relative clauses that hold the verb of saying,
seen on real English news pages (mozilla/readability's test pages) nobody here had read.

1. A participle of saying inside an open "which" clause on a thing ("… rhetoric from the Green
   party, which tried to rally support by saying that voters were “…”"): the words are the thing's
   the relative pronoun stands for, not the main clause's subject's ("the rhetoric", "the
   comments"), which the participle reader took as its subject. A name ending the text before
   ", which" is that thing ("the Harbor Alliance"); any other antecedent ("Ray Doyle's party")
   is nobody we name: a wrong name is worse than none.
2. "what X is calling “…”": the progressive inside a free relative names the one calling it so
   ("what Lumo is calling “ambient” mode"), as ", which some are calling" already did; the
   narrator ("I"), the sentence's subject or the person before had been given the words.
3. A source's "as" clause between the two parts of a quote ('“…,” as the Ledger reported, “…”'):
   the first part is the source's too, as when the clause ends the sentence ('“…,” as Ann Weller
   put it.'); it had no speaker.

Negatives: a "which" standing for the clause before ("…, which is why she ended by saying",
"which led him to …") keeps the main subject; a "which" clause with a subject of its own is not
read by this rule; a possessed subject ("what her office is calling") keeps the owner's reading;
a pseudo-cleft ("what they were saying is “…”") and "Contrary to what critics have been saying, I
…" are no naming of the quote (no one: the clause after the free relative holds it, and the
sentence's opener "Contrary" had been read as a name), while "Kell repeated what he has been saying
for weeks: “…”" keeps its reading; an "as" clause that goes on ("as Weller put it, adding that",
"as Weller put it, and Kell agreed: “…”") gives the part before it no one. Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WHICH_CLAUSE_PARTICIPLES = cases(
    "clause frames around the speaker",
    [
        ("The rhetoric came from the Green party, which tried to rally support by saying that rival voters were "
         "“coming out in huge numbers today.”", "coming out in huge numbers", None),
        ("Voters turned to the Harbor Alliance, which won the seat by promising to “clean up the council once and for all.”",
         "clean up the council", "Harbor Alliance"),
        ("The first remarks from the ministry came with a warning about the Valley League, which rallied its base by "
         "claiming the vote was “stolen in broad daylight by the capital.”", "stolen in broad daylight", "Valley League"),
        ("The ads were paid for by Ray Doyle's party, which courted farmers by saying the tax would “ruin every family "
         "farm in the county.”", "ruin every family farm", None),
        # negatives: a "which" standing for the clause before, and a plain participle
        ("Ann Weller voted against the bill, which is why she ended her speech by saying it would “haunt this chamber "
         "for years.”", "haunt this chamber", "Ann Weller"),
        ("Tom Kell lost the vote, which led him to close the session by saying the council had “lost its nerve entirely.”",
         "lost its nerve entirely", "Tom Kell"),
        ("The mayor, Ann Weller, defended the budget by saying it would “keep the lights on for every family.”",
         "keep the lights on", "Ann Weller"),
    ],
)

WHAT_THEY_ARE_CALLING = cases(
    "clause frames around the speaker",
    [
        ("I could not try what Lumo is calling “ambient” mode on the new headset.", "ambient", "Lumo"),
        ("Tom Kell described what critics are calling “a blatant land grab dressed up as reform.”",
         "a blatant land grab", ("critics", None)),
        ("We tested what Orbix is calling “the best budget phone of the year so far.”", "the best budget phone", "Orbix"),
        # negatives: a possessed subject, a pseudo-cleft, a "contrary to what" frame
        ("Mayor Ann Weller unveiled what her office is calling “the most ambitious housing plan in the city's history.”",
         "the most ambitious housing plan", "Ann Weller"),
        ("So what they were really saying is “you did a terrible job all year long.”", "you did a terrible job", None),
        ("Contrary to what the critics have been saying, Ann Weller was never on the “paid” circuit at all.", "paid", None),
        ("Tom Kell repeated what he has been saying for weeks: “We will not back down on the tax.”", "We will not back down",
         "Tom Kell"),
    ],
)

AS_SOURCE_INTERRUPTING = cases(
    "speaker stated in another paragraph or clause",
    [
        ("“The plan is dead,” as Mayor Ann Weller put it, “and everyone in this room knows it.”", "The plan is dead",
         "Ann Weller"),
        ("Prices rose fast – “squeezing,” as the Ledger reported, “every family on the east side.”", "squeezing",
         "the Ledger"),
        ("“We will rebuild,” as one of the farmers noted, “but not on the old flood plain.”", "We will rebuild",
         ("one of the farmers", None)),
        # negatives: the source's clause goes on, or another speaker's clause follows it
        ("“The plan is dead,” as Ann Weller put it, and Tom Kell agreed: “Everyone in this room knows it.”",
         "The plan is dead", (None, "Ann Weller")),
        ("“The plan is dead,” as Ann Weller put it, and Tom Kell agreed: “Everyone in this room knows it.”",
         "Everyone in this room", "Tom Kell"),
        ("“The plan is dead,” as Ann Weller put it, adding that “everyone in this room knows it.”", "The plan is dead",
         (None, "Ann Weller")),
    ],
)

PAGE28_CASES = WHICH_CLAUSE_PARTICIPLES + WHAT_THEY_ARE_CALLING + AS_SOURCE_INTERRUPTING
