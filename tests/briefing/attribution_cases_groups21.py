"""Attribution cases of session 21: groups, shares of people, polls, records and documents as the
source of a quote.

Found by reading the synthetic-quote testbed's tuning half (reported speech of US political news
put in quote marks), where such sources got no speaker or, worse, a person named nearby:

* a share of people as the subject ("59 percent said “…”", "Two-thirds of Democratic insiders
  said", "Six in 10 voters said", "Those surveyed said"): read as a one-word name ("Two-thirds") or
  as nothing, and a fallback then gave the words to someone else in the story;
* records, polls and data without a determiner ("FEC records show “…”", "Exit polling shows",
  "“…,” according to state corporate records"): read as a name ("Polls", "FEC", "New
  Hampshire" of "Polls in New Hampshire") or as nothing, and "public records indicate “…”" went
  to the man of the sentence before. The plural forms "show", "find", "indicate" are now verbs
  of a document as "shows" and "found" were, agreeing in number with it ("The FBI … did not find
  “…”" is no document's finding);
* a relative clause on a document whose verb the quote completes ("He cited polls by Hale
  University that showed “…”"): the polls, not the one who cited them;
* a group holding a view or judging ("Some Republicans doubt “…”", "Liberals dismissed “…”",
  "Critics note “…”", "Proponents are hailing “…”"): the stance verbs already counted after a
  person's or a body's description; a group neither frames nor titles words, so its verbs of
  judging count too;
* "Some Kell allies", "some protest leaders", "some party figures": shown whole, never "some" or
  the party named before.

Negatives: a share that counts no people, a verb and its object read as records ("placed
newspaper ads"), plurals that stand bare as objects ("articles from scholars"), a document verb
opening the next sentence, a group preferring someone else's call, a clause word before a group.
Invented people, places and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_GOV = "Governor Dana Pruitt addressed the state party convention in Harlow on Saturday.\n\n"
_POLL = "A new Harlow Ledger poll of 800 likely voters was released on Monday.\n\n"

SHARES_OF_PEOPLE = cases(
    "organisations, documents and groups",
    [
        (_GOV + "Two-thirds of Republican insiders said “the governor has badly hurt the party's chances in the fall.”",
         "the governor has badly hurt", "two-thirds of Republican insiders"),
        (_POLL + "Asked whether the governor deserved a second term, 61 percent said “she had not earned it and should step "
         "aside for someone new.”", "she had not earned it", "61 percent"),
        (_POLL + "Six in 10 Harlow County Democratic voters said “the new tax would hurt families far more than it helps.”",
         "the new tax would hurt", "six in 10 Harlow County Democratic voters"),
        (_POLL + "About half of independent voters say “they would consider a third-party candidate this time around.”",
         "they would consider a third-party", "about half of independent voters"),
        (_POLL + "Majorities of Republicans in all four counties said “they want the next governor to cut property taxes "
         "first.”", "they want the next governor", "majorities of Republicans"),
        (_POLL + "Thirty-one percent of those surveyed say “they would be happy with either candidate as the nominee.”",
         "they would be happy with", "thirty-one percent of those surveyed"),
        (_POLL + "Those surveyed said “the economy is the most important issue facing the state this year.”",
         "the economy is the most", "those surveyed"),
        (_POLL + "Two in three said they would vote again, and nearly three in five said “they are much less likely to "
         "give money to the party.”", "they are much less likely", "nearly three in five"),
        (_GOV + "The hall was packed. Many in the crowd said “the governor was the only candidate they still trusted.”",
         "the governor was the only", "many in the crowd"),
        # a person named before is never the share's speaker
        ("Senator Rob Kessel spoke about trade with Britain on Monday. When asked whether Kessel was right to make Britain "
         "wait, 59 percent said “it was not, and that the two nations should always stand together.”",
         "it was not, and that", "59 percent"),
        # negatives: a share that counts no people, and a quote whose own sentence names its source
        (_POLL + "Thirty percent of the budget went to roads, and the council said “that share will not change next year.”",
         "that share will not change", "the council"),
        (_GOV + "Pruitt won 52 percent of the vote in 2022. “We will win again by knocking on every door,” she said.",
         "We will win again by", "Dana Pruitt"),
    ],
)

RECORDS_AND_POLLS = cases(
    "organisations, documents and groups",
    [
        (_GOV + "FEC records show “Pruitt has given $38,000 to federal candidates since 2010.”",
         "Pruitt has given $38,000", "FEC records"),
        (_GOV + "Polls show “Pruitt up by 10 points in the next contest on the primary calendar.”",
         "Pruitt up by 10 points", "polls"),
        (_GOV + "Exit polling shows “she won 83 percent of voters under 30 across the state last spring.”",
         "she won 83 percent of", "exit polling"),
        (_GOV + "“The firm paid no state income tax for three years in a row,” according to state corporate records.",
         "The firm paid no state", "state corporate records"),
        (_GOV + "According to recent polls, “Pruitt holds only 20 percent of the vote in the eastern counties.”",
         "Pruitt holds only 20 percent", "recent polls"),
        (_GOV + "According to early results of exit polls conducted for the networks, “most voters in the state want a "
         "change of course.”", "most voters in the state", "early results of exit polls"),
        (_GOV + "Polls in Harlow show “the top two candidates are the same as they were in the spring.”",
         "the top two candidates are", ("polls", "polls in Harlow")),
        ("Mark Lyle ran the firm for a decade. Lyle gave $5,000 to the party that year, though public records indicate "
         "“he did not own a home in the state at the time.”", "he did not own a home", "public records"),
        (_GOV + "“She agreed to sell the ranch to the developer in 2010,” records show.",
         "She agreed to sell the", "records"),
        (_GOV + "Research suggests “that the tax cuts did little for the state's economy over the decade.”",
         "that the tax cuts did", "research"),
        (_GOV + "Studies find “that most voters make up their minds in the last two weeks of a race.”",
         "that most voters make up", "studies"),
        # negatives: a verb and its object, a bare plural as an object, an infinitive after "did not"
        ("Within weeks the opposition had hired lawyers and placed newspaper ads calling the merger a “$25 billion "
         "mistake for the whole region.”", "$25 billion mistake", None),
        ("Kell's lawyers relied on court rulings and articles from noted scholars to defend the view that he is in fact "
         "“a citizen of this state in every sense.”", "a citizen of this state", (None, "Kell's lawyers")),
        ("The FBI looked for a link between the two men in 2014 and did not find “ties of any consequence between "
         "them,” said the bureau's director, James Harlan.", "ties of any consequence", "James Harlan"),
        ("Ana Lisle and Peter Voss traded messages for months. “I am so embarrassed for all of them,” Lisle wrote to "
         "Voss. “And wow, the mayor is a fool.” The texts showed “deep contempt for the mayor and his staff.”",
         "And wow, the mayor is", "Ana Lisle"),
        ("Ben Iler gave to several campaigns. Overall, FEC records show “Iler has donated $38,000 to federal campaigns "
         "since 2010,” though public records indicate he did not own a home.", "Iler has donated $38,000", "FEC records"),
        ("The doctor issued a letter. According to his physician, Kell had “astonishingly good” results in his latest "
         "exam, shows “extraordinary” physical strength and will serve out his term.", "astonishingly good",
         "his physician"),
    ],
)

DOCUMENT_IN_A_RELATIVE_CLAUSE = cases(
    "organisations, documents and groups",
    [
        (_GOV + "She cited polls by Harlow University that showed “voters support the measure by a wide margin.”",
         "voters support the measure", "polls by Harlow University"),
        ("The survey comes in the wake of polls by Dunmore College that showed “Pruitt making a strong showing in three "
         "key counties.”", "Pruitt making a strong showing", "polls by Dunmore College"),
        ("Senator Ann Voss released her medical records in July, which showed “she was fit for the office in every "
         "respect.”", "she was fit for the office", "her medical records"),
        (_GOV + "Her office released a report which found that “the agency had lost track of $5 million in two years.”",
         "the agency had lost track", "a report"),
        # negative: no document before the relative clause
        (_GOV + "The state's top award went to a firefighter that showed “great courage in the face of the flood last "
         "spring.”", "great courage in the face", None),
    ],
)

GROUPS_HOLDING_A_VIEW = cases(
    "organisations, documents and groups",
    [
        (_GOV + "Some Republicans doubt “that the new law will survive its first test in court.”",
         "that the new law will", "some Republicans"),
        (_GOV + "Many officials on the coast believe “the budget will cost far more than the governor promised.”",
         "the budget will cost far", "many officials"),
        (_GOV + "Liberals dismissed “the plan as a giveaway to the insurance companies and their lobbyists.”",
         "the plan as a giveaway", "Liberals"),
        (_GOV + "Critics note “the bill leaves thousands of families in the county without coverage.”",
         "the bill leaves thousands", "critics"),
        (_GOV + "Patient advocacy groups note “the plan does nothing for people with chronic illness.”",
         "the plan does nothing for", "patient advocacy groups"),
        (_GOV + "Proponents are hailing “a new era of health care for the working families of this state.”",
         "a new era of health care", "proponents"),
        (_GOV + "Most Republicans agreed “they had no real recourse at this point in the session.”",
         "they had no real recourse", "most Republicans"),
        (_POLL + "About a third of Democratic voters want “a switch to more liberal policies on health care.”",
         "a switch to more liberal", "about a third of Democratic voters"),
        (_GOV + "Investors expect “a quick rebound in the state's bond market after the vote.”",
         "a quick rebound in the", "investors"),
        # negatives: the quote is the owner's call, a clause word before the group, an object between
        (_GOV + "Perhaps young voters prefer Pruitt's call for “a revolution in how this state is run.”",
         "a revolution in how this", (None, "Dana Pruitt")),
        ("I had a strange reaction. Where most people would have said, “Well, how funny, wrong truck, sorry!” I just "
         "froze.", "Well, how funny, wrong", None),
        (_GOV + "Critics note the new rules and the “many loopholes left open for the big insurance companies.”",
         "many loopholes left open", None),
    ],
)

SOME_OF_A_GROUP = cases(
    "organisations, documents and groups",
    [
        (_GOV + "Some Pruitt allies suggested “that the critics were politically motivated from the start.”",
         "that the critics were", "some Pruitt allies"),
        (_GOV + "Some protest leaders said “they would march as close to the capitol as the police allow.”",
         "they would march as close", "some protest leaders"),
        ("The Republican Party met in Harlow on Wednesday as a few donors tried to stop the nominee, even as some party "
         "figures concluded “it was now too late to stop him.”", "it was now too late", "some party figures"),
        (_GOV + "Many Pruitt supporters insist “there was fraud in the count in at least two counties.”",
         "there was fraud in the", "many Pruitt supporters"),
        ("Reports of the attacks spread online. Some Germans are questioning “whether their posts could be taken down "
         "for asking about the attackers.”", "whether their posts could", "some Germans"),
        (_POLL + "Some Republicans are questioning “whether the party can hold the governor's office in the fall.”",
         "whether the party can hold", "some Republicans"),
    ],
)

GROUPS21_CASES = [
    *SHARES_OF_PEOPLE,
    *RECORDS_AND_POLLS,
    *DOCUMENT_IN_A_RELATIVE_CLAUSE,
    *GROUPS_HOLDING_A_VIEW,
    *SOME_OF_A_GROUP,
]
