"""Attribution cases of session 22: a quote that closes a subordinate clause with a subject of its
own is not the main clause's subject's words; a group's words are not its one named example's;
a name inside a sentence's opening phrase ("Like her husband, Milton Berg, she …") is not the
subject.

Found reading the wrong speakers of the paraphrase testbed's tuning half: "Ames will not be
charged after prosecutors determined “…”", "Ames spoke in Dunmore, where officials reported
“…”", "While Ames did not spell out “…”, Rep. Tom Kell says …" gave the main clause's subject (or
a speaker of an earlier paragraph) for words that the clause's own subject said, found or was
told. A careful reader gives them to that subject or to no one; we drop the speaker found
outside the clause (another rule may still read the clause's subject).

Narrow on purpose: not when a speech verb or a verb of a view comes before the clause ("Marsh
said that while the state had been “…”", the one reported may speak the partial quote), not
"as" (it also says what something is called: "Kell described the plan as “…”"), not a clause
opening on a pronoun or a participle ("after suggesting", "when he called it"), not a
preposition's object with no verb ("weak before the Turkish “offensive”"), not "after" right
after its noun ("A joint statement after the meeting said"), not "according to" after the quote.

A group in the plural with several named examples after "like" or "including", or one set off as
an aside ("candidates like Tom Ames and Rita Kell are vowing “…”", "Six papers in the state,
including the Dunmore Herald, said “…”") spoke as a group: naming an example put the words in one
mouth (testbed: "presidential candidates like Donald Trump and Bernie Sanders are vowing “…”" gave
Trump). No speaker then. One example in the run of the phrase ("Democrats like Tom Ames said
“…”") is the one a report quotes, and keeps the words (merged with clauses22's reading of
"economists like X"). Negatives: the example with a clause of its own ("Democrats like Tom Ames,
who chairs …"), "Like his father, Tom Ames said", "It sounds like Tom Ames said".

A sentence opening on "Like", "Unlike", "Along with", "Together with", "Alongside", "Besides" or
"As with" and a name set there, then a subject pronoun ("Along with her husband, Milton Berg, a
money manager, she has given …, but plans “…”"): the words are the pronoun's, read as the
pronoun (testbed: gave the husband). "they"/"we"/"I" there, or a "he"/"she" that a name set
beside the opener's noun of the same gender could take ("Along with his brother, Carl Ames, he"):
no speaker. Negatives: the opener's name is not the speaker found ("Like Kell, Ames said"), a
name right after the opener's word, which the pronoun is read past already ("Along with Rita
Kell and Carl Lutz, he").

Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_INTRO = "Tom Ames, the county treasurer, and Gov. Lena Marsh spoke in Dunmore on Monday.\n\n"

SUBORDINATE_SUBJECT = cases(
    "when unsure, say less",
    [
        (_INTRO + "Ames will not face a charge after prosecutors determined “there was not enough evidence to go to trial”.",
         "there was not enough evidence", (None, "prosecutors")),
        (_INTRO + "Marsh toured a shelter in Dunmore, where officials reported “at least 40 homes lost along the river”.",
         "at least 40 homes lost", (None, "officials")),
        (_INTRO + "Marsh arrived two hours after the weather service declared “the river has crested at last”.",
         "the river has crested", (None, "the weather service")),
        (_INTRO + "Ames kept his post even after the audit office revealed “that the books had not been balanced since 2019”.",
         "that the books had not", (None, "the audit office")),
        (_INTRO + "Marsh looked tired on Monday, when court filings showed “that the state had known about the levee for years”.",
         "that the state had known", (None, "court filings")),
        (_INTRO + "While Ames did not spell out “how the county would pay for the repairs”, Rep. Tom Kell says the money is there.",
         "how the county would pay", (None, "Tom Ames")),
        (_INTRO + "Although voters look to “the governor for leadership in a flood”, Marsh spent the week in the capital.",
         "the governor for leadership", (None, "voters")),
        (_INTRO + "Ames resigned on Friday, a day after the county board voted to “strip the treasurer of his signing power”.",
         "strip the treasurer of his", (None, "the county board")),
        (_INTRO + "Ames voted against the levy in 2019 and 2020 as the county board wrestled with “the cost of the new jail and the old courthouse”.",
         "the cost of the new jail", (None, "the county board")),
        (_INTRO + "In a year when Marsh is talking about “closing half the rural clinics”, Ames said the county would keep its own.",
         "closing half the rural clinics", (None, "Lena Marsh")),
        (_INTRO + "Once the state auditors had flagged “the missing bond payments”, Ames called a special meeting.",
         "the missing bond payments", (None, "the state auditors")),
        (_INTRO + "Marsh spoke in a hall in Dunmore as protesters chanted “no more cuts to the schools”.",
         "no more cuts to the schools", (None, "protesters")),
        # the clause's own subject, a name with its speech verb in the past, speaks
        (_INTRO + "After Ames argued “that the county should not cut a single bus route”, Marsh said only that his sums did not add up.",
         "that the county should not", "Tom Ames"),
        (_INTRO + "When Marsh insisted “the state has paid every cent it owes”, Ames walked out of the room.",
         "the state has paid every", "Lena Marsh"),
        (_INTRO + "Though Marsh promised “a new bridge by the spring”, Ames told the crowd not to hold its breath.",
         "a new bridge by the spring", "Lena Marsh"),
        # negatives: the clause is inside reported speech, or no clause of its own
        (_INTRO + "Marsh said that while the state had been “slow to respond”, help was now on its way.",
         "slow to respond", "Lena Marsh"),
        (_INTRO + "A joint statement after the meeting said the two sides “agreed to keep talking about the dam”.",
         "agreed to keep talking", "a joint statement"),
        (_INTRO + "While most homes were moved to the “temporary” list, according to a state official, two were condemned.",
         "temporary", "a state official"),
        (_INTRO + "Ames described the plan as “a gift to the developers who paid for the campaign”.",
         "a gift to the developers", "Tom Ames"),
        (_INTRO + "Marsh called the levee “a disgrace” after she saw it on Sunday, and said the state “will pay to fix it”.",
         "will pay to fix it", "Lena Marsh"),
        (_INTRO + "Ames, who spoke after suggesting “a new audit of every county fund”, left early.",
         "a new audit of every", "Tom Ames"),
        (_INTRO + "Marsh sent out a fundraising letter as the debate began vowing to “fight for every vote in the valley”.",
         "fight for every vote", "Lena Marsh"),
        (_INTRO + "Ames used the hearing as a platform to repeat his attack on “the developers who own this council”.",
         "the developers who own", "Tom Ames"),
        (_INTRO + "Marsh will stay in the race until the end and already is eyeing “big wins in the cities of the north”.",
         "big wins in the cities", "Lena Marsh"),
    ],
)

_BUDGET = "Gov. Lena Marsh unveiled her budget in Dunmore on Monday.\n\n"

GROUP_EXAMPLE = cases(
    "when unsure, say less",
    [
        (_BUDGET + "Six newspapers in the state, including the Dunmore Herald, said “she is not fit to lead the state any more”.",
         "she is not fit to lead", (None, "six newspapers")),
        (_BUDGET + "While candidates like Tom Ames and Rita Kell are vowing “to bring back every mill job”, voters are skeptical.",
         "to bring back every mill job", None),
        (_BUDGET + "Democrats like Tom Ames and Rita Kell said “the plan breaks every promise she made to the valley”.",
         "the plan breaks every promise", (None, "Democrats")),
        (_BUDGET + "Advisers, like Tom Ames, replied “the numbers were never going to add up”.",
         "the numbers were never going", (None, "advisers")),
        # one example in the run of the phrase is the one quoted
        (_BUDGET + "Lawmakers including Rita Kell have called for “a full audit of the highway fund”.",
         "a full audit of the highway", "Rita Kell"),
        (_BUDGET + "Unions like the Dunmore Teachers Guild warned “the cuts will land on the classrooms first”.",
         "the cuts will land", ("Dunmore Teachers Guild", "the Dunmore Teachers Guild")),
        # negatives: the example with a clause of its own, or no group before "like"
        (_BUDGET + "Democrats like Tom Ames, who chairs the finance panel, said “the plan breaks every promise she made”.",
         "the plan breaks every promise", "Tom Ames"),
        (_BUDGET + "Like his father, Tom Ames said “the plan breaks every promise she made to the valley”.",
         "the plan breaks every promise", "Tom Ames"),
        (_BUDGET + "It sounds like Tom Ames said “the plan breaks every promise she made to the valley”.",
         "the plan breaks every promise", "Tom Ames"),
    ],
)

_DONOR = "Ruth Haller, a donor from Dunmore, and Tom Ames, a retired judge, spoke on Thursday.\n\n"

OPENER_NAME = cases(
    "when unsure, say less",
    [
        (_DONOR + "Along with her husband, Milton Haller, a dentist, she has given to many candidates, but plans “to narrow her support to one”.",
         "to narrow her support", ("Ruth Haller", None)),
        (_DONOR + "Like her husband, Milton Haller, she said “the race has come down to two people who can win”.",
         "the race has come down", ("Ruth Haller", None)),
        (_DONOR + "Together with her brother, Carl Haller, she told reporters “we are not giving another cent to either party”.",
         "we are not giving another", ("Ruth Haller", None)),
        (_DONOR + "Unlike his neighbor, Rita Kell, he said “the judges in this county have done their job well”.",
         "the judges in this county", ("Tom Ames", None)),
        (_DONOR + "Alongside her sister, Dora Haller, she wrote “a letter to every member of the board”.",
         "a letter to every member", ("Ruth Haller", None)),
        (_DONOR + "As with his old partner, Rita Kell, they said “the court has to stay out of the campaign”.",
         "the court has to stay", (None, "they")),
        (_DONOR + "Along with his brother, Carl Ames, he exposed “the private records of half the county board”.",
         "the private records of half", (None, "Tom Ames")),
        (_DONOR + "Like his old clerk, Rob Lutz, he said “the judges in this county have done their job well”.",
         "the judges in this county", (None, "Tom Ames")),
        # negatives: the speaker found is the subject, not the opener's name
        (_DONOR + "Along with Rita Kell and Carl Lutz, he exposed “the private records of half the county board”.",
         "the private records of half", "Tom Ames"),
        (_DONOR + "Like Rita Kell, Ames said “the judges in this county have done their job well”.",
         "the judges in this county", "Tom Ames"),
        (_DONOR + "Along with her husband, Ruth Haller said “we will give to the party's nominee in the fall”.",
         "we will give to the party", "Ruth Haller"),
    ],
)

WRONG22_CASES = SUBORDINATE_SUBJECT + GROUP_EXAMPLE + OPENER_NAME
