"""Attribution cases of session 20 ("pron20"): whom a "she", "they" or "it" means when the
antecedent is introduced in a way the subject index did not register.

Four constructions from unseen political news, each of which left a pronoun's quote with no speaker:

- A sentence of reported speech closed by the pronoun's own cue and opening the story ("Leandra
  English … will spend Tuesday in the office, she said in a statement."): with no one before it, the
  she is the sentence's own subject, and so is the she of the quote after it.
- Groups the text calls "they": a quantifier over single people ("Every Democrat on the committee
  signed a letter"), the people a document comes from ("A letter from the lawmakers asked …"), a
  joint of two named people spoken of again ('“A,” they said. “B.”' carries them over), a group as
  the subject of a "when" clause of a sentence about no one. Two groups in one sentence ("The nurses
  walked out, and the doctors joined them") leave the "they" to no one.
- One person picked out of a group by a lower-case role ("one of the lobbyists at the meeting"):
  a he or she, not a group; "one of his lawyers" after a man is him or the lawyer, so no one.
- A body the text says was founded ("Britain First was founded in 2011 by Paul Golding"): an "it",
  never a "he" or "she", and its founder is who a following "he" or "she" means. Two bodies of one
  joint subject leave the "it" to no one.
- A wire story opening on its agency with no city ("(Reuters) - The state party said on Thursday it
  …"): the agency is a dateline, not the subject a later "it" or "she" means (it was "Reuters").

Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: The she or he closing a story's opening sentence of reported speech is its own subject.
OWN_SUBJECT = cases(
    "pronouns and role nouns",
    [
        ("Gov. Dana Whitlow will veto the spending bill when it reaches her desk, she said in a statement on "
         "Friday. “This budget is not serious,” she said.", "This budget is not serious", "Dana Whitlow"),
        ("The mayor will not attend the ceremony, she said on Twitter. “My place is with the families "
         "tonight,” she wrote.", "My place is with the families", "the mayor"),
        ("Ellery Stanhope expects the committee to approve the measure by June, he said. “We have the "
         "votes,” he said.", "We have the votes", "Ellery Stanhope"),
        ("NEW YORK (Reuters) - Senator Carla Benning is considering a run for governor, she said on "
         "Thursday. “I am talking to my family about it,” she said.", "I am talking to my family", "Carla Benning"),
        ("WASHINGTON (Reuters) - Marisol Okafor, who is suing the board over her dismissal, will report to "
         "work on Monday anyway, she said in a statement. “I was appointed lawfully and I intend to serve,” "
         "she said in the statement.", "I was appointed lawfully", "Marisol Okafor"),
        ("CHICAGO (Reuters) - Alderman Rosa Delgado will not seek a fourth term, she said on Friday. "
         "“Twelve years is enough for anyone,” she said.", "Twelve years is enough", "Rosa Delgado"),
        ("Rep. Joan Kessler plans to introduce the bill next month, she told reporters on Capitol Hill. "
         "“It is long overdue,” she said.", "It is long overdue", "Joan Kessler"),
        ("Former Governor Hal Benton is weighing a return to politics, he said in an interview. “I miss "
         "the work more than I expected,” he said.", "I miss the work", "Hal Benton"),
        ("Detective Sergeant Ivo Marek has asked to be moved off the case, he wrote in a letter to the "
         "chief. “I can no longer be impartial,” he wrote.", "I can no longer be impartial", "Ivo Marek"),
        ("LONDON (Reuters) - Priya Raman, the opposition's finance spokeswoman, will present an alternative "
         "budget next week, she said on Wednesday. “Our plan adds up,” she told the BBC.", "Our plan adds up", "Priya Raman"),
        # negatives: the subject is of the other gender; someone before fits the pronoun
        ("Tom Reyes will run for governor, she said in a statement. “He is the right man for the job,” she "
         "said.", "He is the right man", None),
        ("Ann Holt spoke first. Tom Reyes will run for governor, she said. “He is the right man for the "
         "job,” she said.", "He is the right man", "Ann Holt"),
    ],
)

#: Groups a "they" means: every one of a kind, a document's authors, a joint carried over.
GROUPS = cases(
    "organisations, documents and groups",
    [
        ("Every Republican on the Senate Banking Committee signed a letter to the Treasury on Monday. “The "
         "rule will cost jobs in every state,” they wrote.", "The rule will cost jobs", "every Republican on the Senate Banking Committee"),
        ("Every member of the city council voted against the plan on Tuesday night. “This is not the way to "
         "fix our roads,” they said in a joint statement.", "This is not the way", "every member of the city council"),
        ("Each senator on the panel received a copy of the report. “We were given no time to read it,” they "
         "said.", "We were given no time", "each senator on the panel"),
        ("Every Democrat on the House Judiciary Committee signed the letter. “The public deserves answers,” "
         "they said in the letter. “We will not stop asking.”", "We will not stop asking", "every Democrat on the House Judiciary Committee"),
        ("WASHINGTON (Reuters) - Alarm in Congress over the closures grew on Thursday when every Democrat on "
         "the House Veterans Affairs Committee signed a letter demanding a hearing. “Nine clinics have closed "
         "in six months,” they said in the letter.", "Nine clinics have closed", "every Democrat on the House Veterans Affairs Committee"),
        ("A letter from the senators, led by Sen. Mara Quill of Oregon, asked whether the agency had "
         "consulted tribes. “Did you speak with a single tribal leader?” they asked.", "Did you speak with", "the senators"),
        ("The letter from the lawmakers, led by Rep. Ivan Soto of Arizona, asked whether the secretary had "
         "met the lenders “at any time since January” in New York or abroad. If so, they asked, “what was "
         "discussed about the loan?”", "what was discussed about", "the lawmakers"),
        ("A statement from the families of the victims said the ruling came too late. “We waited eight "
         "years for this day,” they said.", "We waited eight years", "the families"),
        ("Representatives Ann Roe and Bill Tate said in a letter they wanted the hearing delayed. “We need "
         "more time to review the documents,” they said. “The public deserves a full hearing.”",
         "The public deserves a full hearing", "Ann Roe and Bill Tate"),
        ("Mayor Lina Ortega and Sheriff Dale Kramer said they would seek more funding. “Our officers are "
         "stretched thin,” they said. “We cannot keep doing more with less.”", "We cannot keep doing", "Lina Ortega and Dale Kramer"),
        ("Every Republican senator said in a statement they would oppose the bill. “It is a bad deal for "
         "farmers,” they said.", "It is a bad deal", "every Republican senator"),
        ("Every Democrat on the panel said in a statement: “We want answers before the vote.”", "We want answers",
         "every Democrat on the panel"),
        # negatives: two groups of one sentence; no group at all; a document's authors are no "she"
        ("The nurses walked out on Monday, and the doctors joined them on Tuesday. “We cannot keep working "
         "like this,” they said.", "We cannot keep working", None),
        ("Every Democrat on the committee signed the letter, and every Republican signed a rival one. “This "
         "is about the law,” they said.", "This is about the law", None),
        ("Ann Roe met the lawmakers on Tuesday. “We made progress,” they said.", "We made progress", None),
        ("A letter from the lawmakers asked the governor to resign. “We have lost all confidence in her,” she "
         "said.", "We have lost all confidence", None),
        ("Every day the senators meet in secret. “We have nothing to hide,” they said.", "We have nothing to hide", None),
        ("Every time the senators meet, the doors are locked. “We have nothing to hide,” they said.", "We have nothing to hide", None),
    ],
)

#: One person picked out of a group by a lower-case role.
ONE_OF_THEM = cases(
    "pronouns and role nouns",
    [
        ("In that moment, one of the donors at the dinner realized the campaign was in trouble. “Nobody "
         "wanted to say it out loud,” she said.", "Nobody wanted to say", "one of the donors"),
        ("Later that night, one of the aides in the room called the governor. “He was furious about the "
         "leak,” he said.", "He was furious", "one of the aides"),
        ("One of the protesters outside the courthouse held up a sign. “We will be here every day until the "
         "trial ends,” she said.", "We will be here every day", "one of the protesters"),
        ("At the back of the hall, one of the veterans stood up to speak. “We were promised care and we got "
         "a waiting list,” he said.", "We were promised care", "one of the veterans"),
        ("One of the lobbyists met Senator Tom Kell on Tuesday. “It went better than we hoped,” she said.",
         "It went better than", "one of the lobbyists"),
        ("One of the jurors wrote to the judge after the verdict. “I was pressured to change my vote,” she "
         "said.", "I was pressured", "one of the jurors"),
        ("Ann Roe was out of the country. One of her neighbors called the police. “I saw the smoke from my "
         "kitchen,” he said.", "I saw the smoke", "one of her neighbors"),
        ("One of the organizers stood by the stage as the crowd grew. “We expected a few hundred people at "
         "most,” she said.", "We expected a few hundred", "one of the organizers"),
        ("One of the pilots at the base described the drills as routine. “We fly these routes every week,” "
         "he said.", "We fly these routes", "one of the pilots"),
        # negatives: the owner of the role is a he as well; an object; no gender fits; a name given
        ("Tom Kell lost the case. One of his lawyers filed the appeal on Friday. “The ruling ignores the "
         "law,” he said.", "The ruling ignores the law", None),
        ("Tom Kell met one of the lobbyists on Tuesday. “It went better than we hoped,” she said.", "It went better than", None),
        ("One of the men arrested on Sunday was released on bail. “I did nothing wrong,” she said.", "I did nothing wrong", None),
        ("Ann Lowe runs the clinic. One of the patients was Dov Brinn. “We need more beds,” she said.", "We need more beds", "Ann Lowe"),
    ],
)

#: A body the text says was founded, set up or formed: an "it".
FOUNDED_BODIES = cases(
    "organisations, documents and it",
    [
        ("Northern Renewal was founded in 2014 by Greta Vollmer, a former miner. It calls itself a “movement "
         "for working families”. “We speak for the towns Westminster forgot,” it says on its website.",
         "We speak for the towns", "Northern Renewal"),
        ("Northern Renewal was founded in 2014 by Greta Vollmer, a former miner. It calls itself a “movement "
         "for working families”.", "movement for working families", "Northern Renewal"),
        ("Liberty Forward was set up in 2009 by two retired judges. “We defend the constitution, not a "
         "party,” it says on its website.", "We defend the constitution", "Liberty Forward"),
        ("Harbor Watch was established in 1998 to monitor pollution in the bay. “The water is cleaner than it "
         "has been in decades,” it said in its annual report.", "The water is cleaner", "Harbor Watch"),
        ("Open Fields was formed in 2015 by a group of farmers. It campaigns against the new tariffs. “Our "
         "members cannot survive another bad year,” it said in a statement on Monday.", "Our members cannot survive", "Open Fields"),
        ("Civic Lantern was founded by Ana Pérez in 2012. It now has 40,000 members. “We are growing faster "
         "than ever,” it said.", "We are growing faster", "Civic Lantern"),
        ("Green Dawn was co-founded in 2010 by activists from three countries. “We are not a party and never "
         "will be,” it says on its website.", "We are not a party", "Green Dawn"),
        ("Blue Meadow was founded in 2003. Its founder, Tom Kell, retired last year. “We owe everything to "
         "Tom,” it said in a statement.", "We owe everything to Tom", "Blue Meadow"),
        ("The Ministry of Health rejected the findings. Harbor Watch was founded in 1998 to monitor the bay. "
         "“The findings are sound,” it said.", "The findings are sound", "Harbor Watch"),
        # the founder is the she, never the body (it was, before)
        ("Northern Renewal was founded in 2014 by Greta Vollmer, a former miner. “We speak for the towns "
         "Westminster forgot,” she said.", "We speak for the towns", "Greta Vollmer"),
        # a person "established as" something, or "set up" by others, is no body
        ("Dana Kell was established as the favourite after the debate. “I feel good about Tuesday,” she "
         "said.", "I feel good about Tuesday", "Dana Kell"),
        ("Tom Reyes spoke later. Ivo Marek was set up by his own aides, he said. “They lied to me for "
         "months,” he said.", "They lied to me", "Tom Reyes"),
        # negatives: two bodies of one subject; a person; a body only named as an object
        ("Northern Renewal and Harbor Watch were founded in 2014. “We will work together,” it said.", "We will work together", None),
        ("The Health Ministry and the Finance Ministry rejected the report. “The report is flawed,” it said.", "The report is flawed", None),
        ("Tom Kell was born in 1960 in Leeds. “I never wanted to leave,” it said.", "I never wanted to leave", None),
        ("Dana Kell founded Northern Renewal in 2014. “We speak for the towns Westminster forgot,” it says on "
         "its website.", "We speak for the towns", None),
    ],
)

#: A wire story's agency opening the text with no city is no subject.
AGENCY_DATELINE = cases(
    "organisations, documents and it",
    [
        ("(Reuters) - The Ohio Democratic Party said on Thursday it would back Ana Ruiz in the primary. “She "
         "has earned the support of working families,” it said in a statement.", "She has earned the support",
         "the Ohio Democratic Party"),
        ("(Reuters) - Senator Mara Quill said on Friday she would vote for the bill. “It is not perfect, but it "
         "is a start,” she said in a statement.", "It is not perfect", "Mara Quill"),
        ("(AP) — Gov. Dale Kramer said on Monday he would sign the budget. “We have waited long enough,” he "
         "told reporters.", "We have waited long enough", "Dale Kramer"),
    ],
)

PRON20_CASES = [*OWN_SUBJECT, *GROUPS, *ONE_OF_THEM, *FOUNDED_BODIES, *AGENCY_DATELINE]
