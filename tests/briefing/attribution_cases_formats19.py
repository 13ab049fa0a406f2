"""Attribution cases of round 19 (formats19): quotes laid out by the page's format rather than by
prose, as text extraction leaves them, one block per paragraph: reaction round-ups ("Sen. Ann
Weller (D-Ore.): “…”", "Rep. Tom Reyes (R-Texas) — “…”", a name line heading the quote below
it), Q&A interviews ("Q: … / A: …" after "We spoke with …"), live-blog entries ("10:42 a.m.: …",
"UPDATE, 3:45 p.m. — …"), transcripts ("WELLER: No. I said …", "[applause]"), pull quotes and
photo captions, and negatives (titles, headlines' scare quotes, "Related:" links, photo credits).
Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PULL = "multi-paragraph quotes, next-paragraph speakers, pull quotes"
_ROUNDUP_INTRO = "The Senate passed the bill 52-48 on Thursday. Here's how lawmakers reacted:\n\n"

#: A round-up lists each speaker before the quote: a colon, a dash, a bullet, "in a statement",
#: "on Twitter", or a line holding only the name (and perhaps an affiliation) above the quote.
ROUNDUPS = cases(
    _PULL,
    [
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.): “This bill is a gift to the oil companies and a slap in the "
         "face to every family in my state.”", "This bill is a gift to the oil", "Ann Weller"),
        (_ROUNDUP_INTRO + "• Rep. Tom Reyes, R-Texas: “Today we kept our promise to the American people.”",
         "Today we kept our promise", "Tom Reyes"),
        (_ROUNDUP_INTRO + "Gov. Paul Dorsey, in a statement: “Our state will not implement a law that hurts our "
         "farmers.”", "Our state will not implement", "Paul Dorsey"),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.): “A sad day.”\n\nWeller on Twitter: “The fight is not over. "
         "See you in November.”", "The fight is not over", "Ann Weller"),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.) — “This bill is a gift to the oil companies, plain and "
         "simple.”\n\nRep. Tom Reyes (R-Texas) — “A great day for taxpayers in every state.”",
         "This bill is a gift to the oil companies, plain", "Ann Weller"),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.) — “This bill is a gift to the oil companies, plain and "
         "simple.”\n\nRep. Tom Reyes (R-Texas) — “A great day for taxpayers in every state.”",
         "A great day for taxpayers in every", "Tom Reyes"),
        (_ROUNDUP_INTRO + "Sen. Lisa Park (D-Md.) – “We will repeal every word of it next year.”",
         "We will repeal every word", "Lisa Park"),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.)\n\n“This bill is a gift to the oil companies and nothing "
         "else.”\n\nRep. Tom Reyes (R-Texas)\n\n“A great day for the taxpayers of Texas.”",
         "This bill is a gift to the oil companies and nothing", "Ann Weller"),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.)\n\n“This bill is a gift to the oil companies and nothing "
         "else.”\n\nRep. Tom Reyes (R-Texas)\n\n“A great day for the taxpayers of Texas.”",
         "A great day for the taxpayers of Texas", "Tom Reyes"),
        (  # vox pops: the name line heads the quote under it, never signs the one above
            "We asked voters in Dayton what they thought.\n\nAnn Weller, 54, a nurse\n\n“I'm voting for "
            "whoever fixes the roads first.”\n\nTom Reyes, 31, teacher\n\n“Nobody is talking about the "
            "schools at all.”",
            "I'm voting for whoever fixes", "Ann Weller",
        ),
        (
            "We asked voters in Dayton what they thought.\n\nAnn Weller, 54, a nurse\n\n“I'm voting for "
            "whoever fixes the roads first.”\n\nTom Reyes, 31, teacher\n\n“Nobody is talking about the "
            "schools at all.”",
            "Nobody is talking about the schools", "Tom Reyes",
        ),
        (
            "We asked voters in Dayton what they thought.\n\nAnn Weller, 54, a nurse: “I'm voting for "
            "whoever fixes the bridges.”\n\nTom Reyes, 31, teacher: “Nobody talks about schools.”",
            "Nobody talks about schools", "Tom Reyes",
        ),
        (_ROUNDUP_INTRO + "- Sen. Ann Weller (D-Ore.): “This is a dark day for the Senate.”\n\n- Rep. Tom Reyes "
         "(R-Texas): “A great day for taxpayers.”", "This is a dark day", "Ann Weller"),
        (_ROUNDUP_INTRO + "Senate Majority Leader Tom Reyes, R-Texas, in a floor speech: “Today we kept the "
         "promise we made in 2024.”", "Today we kept the promise", "Tom Reyes"),
        (  # a round-up's entry is no title-case headline: its capitals are names and titles
            _ROUNDUP_INTRO + "Former President Tom Reyes, in a post on Truth Social: “A great day for America.”",
            "A great day for America.", "Tom Reyes",
        ),
        (_ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.), via Twitter: “A sad day for this chamber and the country.”",
         "A sad day for this chamber and", "Ann Weller"),
        (  # two senators signing one statement: neither alone
            _ROUNDUP_INTRO + "Sen. Ann Weller (D-Ore.) and Sen. Lisa Park (D-Md.): “We will keep fighting this.”",
            "We will keep fighting this", (None, "Ann Weller and Lisa Park"),
        ),
        (_ROUNDUP_INTRO + "The White House, in a statement: “The president looks forward to signing it.”",
         "The president looks forward", "the White House"),
        (_ROUNDUP_INTRO + "Rep. Tom Reyes (R-Texas) tweeted:\n\n“A great day for taxpayers and for farmers.”",
         "A great day for taxpayers and for farmers", "Tom Reyes"),
        ("Top quotes of the week:\n\n1. “We will not raise taxes this year or next.” — Gov. Paul Dorsey\n\n"
         "2. “I never said that, not once.” — Sen. Ann Weller", "I never said that, not once", "Ann Weller"),
        (  # signed quotes still sign the quote above them (letters page)
            "Readers wrote in about the closure.\n\n“I learned to read in that building.”\n\nAnn Weller\n\n"
            "“Close it and you close the only warm room on the street.”\n\nTom Reyes, Dayton\n\n"
            "The board meets again in May.",
            "Close it and you close the only warm", "Tom Reyes",
        ),
        (_ROUNDUP_INTRO + "From Rep. Tom Reyes, R-Texas: “A great day for the taxpayers of this country.”",
         "A great day for the taxpayers of this", "Tom Reyes"),
        ("Here's what the candidates said:\n\nAnn Weller\n\n“Come to Dayton and see the plan for yourself.”\n\n"
         "Tom Reyes\n\n“The plan is dead on arrival in the Senate.”", "Come to Dayton and see the plan", "Ann Weller"),
        (  # a name line under a headline is the byline over a quote opening the story
            "Council closes Dayton's last library\n\nTom Hale\n\n“We are closing the one place in this town where "
            "a kid can go for free.”\n\nThat was the verdict of Mayor Ann Weller on Monday.",
            "We are closing the one place in this town where", ("Ann Weller", None),
        ),
        (  # a list of names, then a quote: no name line heads it
            "Speakers at the rally included:\n\nAnn Weller, state senator\n\nTom Reyes, union president\n\n“It was "
            "the biggest crowd we have seen in years.”\n\nOrganizers estimated 5,000 people attended.",
            "It was the biggest crowd", None,
        ),
        (
            "The winners:\n\nBest Actress — Ann Weller\n\nBest Actor — Tom Reyes\n\n“I did not expect this at all, "
            "not for a second.”", "I did not expect this at all", None,
        ),
        (  # negative: a bare dateline before a dash is no speaker
            "The mayor spoke on Monday.\n\nLast week — “We will rebuild every house on this street.”",
            "We will rebuild every house", None,
        ),
    ],
)

_INTERVIEW = "We spoke with Ann Weller about her new book and the campaign.\n\n"

#: Q&A interviews: "A:" turns are the interviewee's, the one the paragraph before the turns says
#: was interviewed; "Q:" turns and the words the question cites are not.
QA_INTERVIEWS = cases(
    "speaker stated in another paragraph or clause",
    [
        (_INTERVIEW + "Q: What did you tell your staff?\n\nA: I told them “we are not going to lose this "
         "one, not this time.”", "we are not going to lose this", "Ann Weller"),
        (_INTERVIEW + "Q. What did you tell your staff?\n\nA. I told them “we are going to win this race by "
         "ten points.”", "we are going to win this race", "Ann Weller"),
        ("Mayor Ann Weller sat down with the Ledger this week.\n\nQ: What did you tell the council?\n\n"
         "A: I told them “the budget is not a wish list, it is a promise.”",
         "the budget is not a wish list", "Ann Weller"),
        ("The Ledger interviewed Tom Reyes, the new police chief, on Monday.\n\nQ: Why this job?\n\n"
         "A: My father always said “you serve the town that raised you.”",
         "you serve the town that raised you", (None, "Tom Reyes")),
        ("We spoke with Councillor Rita Obi about the library.\n\n\"Q: Will the library on Elm Street close "
         "next year?\n\n\"A: Not while I sit on this council, and I have the votes to keep it open.\"",
         "A: Not while I sit on this council, and I have", "Rita Obi"),
        ("We spoke with Ann Weller about the race.\n\nQ: What would you say to Reyes?\n\nA: “Come to Dayton and "
         "see for yourself what this plan means.”", "Come to Dayton and see for yourself", "Ann Weller"),
        ("We spoke with Ann Weller about the race.\n\nQ: Do you agree with Tom Reyes that the plan is “dead on "
         "arrival in the Senate”?\n\nA: No.", "dead on arrival in the Senate", (None, "Tom Reyes")),
        ("We spoke with Ann Weller about the race.\n\nQ: What would you say to Reyes?\n\nA: Reyes told me last "
         "year, “I will never vote for that plan.” He voted for it.", "I will never vote for that plan", "Reyes"),
        (  # the question's quote is the critics', nobody named
            _INTERVIEW + "Q: Critics call the book “a settling of old scores with everyone.” Is it?\n\n"
            "A: No. It is the story of a town.",
            "a settling of old scores", None,
        ),
        (  # someone the answer reports: not the interviewee
            _INTERVIEW + "Q: What did the governor say when you quit?\n\nA: He told me, “You'll be back in a "
            "month, they always come back.”",
            "You'll be back in a month", (None, "the governor"),
        ),
        (  # the interview names the paper only: no guest to give the answer to
            "We asked readers to send us questions.\n\nQ: When will the pool reopen?\n\nA: The city says "
            "“sometime next summer, if the money comes through.”",
            "sometime next summer", (None, "The city", "the city"),
        ),
        ("We spoke with Ann Weller about her new book.\n\nThe Ledger: Why did you write it now?\n\nWeller: "
         "“Because I was tired of waiting for someone else to tell it.”",
         "Because I was tired of waiting", "Ann Weller"),
        ("We spoke with Ann Weller about her new book.\n\nThe Ledger: Why did you write it now?\n\nWeller: "
         "Because I was tired of waiting for someone to tell “the real story of this town.”",
         "the real story of this town", ("Ann Weller", None)),  # whose telling is hypothetical
        (  # the cue in the answer is his: not the guest's words
            "Ann Weller spoke with the Ledger about her late husband.\n\nQ: What do you miss?\n\nA: I miss him "
            "saying “good morning, sunshine” every day.", "good morning, sunshine", None,
        ),
        (  # two people interviewed: whose answer is unsure
            "We spoke with Ann Weller and Tom Reyes about the race.\n\nQ: Who wins?\n\nA: I said it in "
            "March and I will say it again: “whoever shows up in the rain.”",
            "whoever shows up in the rain", None,
        ),
        (  # the Q's "you" is the guest, but the words are the asker's reading of her
            _INTERVIEW + "Q: You called the council “a circus with a budget” last year. Do you regret it?\n\n"
            "A: Not for a second.",
            "a circus with a budget", (None, "Ann Weller"),
        ),
    ],
)

_LIVE = "Mayor Ann Weller held a news conference on the flooding on Monday.\n\n"

#: Live-blog entries: the time stamp is no part of the entry's sentence, and an entry's lone quote
#: does not go on with the entry before.
LIVE_BLOG = cases(
    "clause frames around the speaker",
    [
        (_LIVE + "10:42 a.m.: Weller told reporters “the water has crested and we expect it to fall by "
         "evening.”", "the water has crested", "Ann Weller"),
        (_LIVE + "UPDATE, 3:45 p.m. — “We have opened two more shelters on the east side,” Fire Chief Tom "
         "Reyes said.", "We have opened two more shelters", "Tom Reyes"),
        (_LIVE + "Update: “Every road in the county is now open again,” the sheriff's office said.",
         "Every road in the county", "the sheriff's office"),
        (_LIVE + "4:10 p.m.: Weller: “We are not out of the woods yet, not by a long way.”",
         "We are not out of the woods yet, not", "Ann Weller"),
        (_LIVE + "UPDATE (4:10 p.m.): Police Chief Tom Reyes: “Two people are still missing on the river.”",
         "Two people are still missing on the river", "Tom Reyes"),
        ("Live updates from the storm.\n\n11:05 a.m.: The governor said she would “not rule out” calling in "
         "the National Guard before the weekend.", "not rule out", "the governor"),
        (_LIVE + "Update 4:10 p.m.: “We are not giving up on anyone,” Weller said.",
         "We are not giving up on anyone", "Ann Weller"),
        (_LIVE + "11:30 a.m. Update: “We need more sandbags at the levee,” a volunteer told the Ledger.",
         "We need more sandbags", "a volunteer"),
        (_LIVE + "1:05 p.m. ET — Reyes, the fire chief, told reporters: “Two boats are still out on the "
         "water.”", "Two boats are still out", "Reyes"),
        (  # a new entry's lone quote is not the previous entry's speaker's
            _LIVE + "3:15 p.m.: “We have opened two more shelters,” Fire Chief Tom Reyes said.\n\n"
            "3:40 p.m.: “The water is still rising at the north bridge.”",
            "The water is still rising at the north", None,
        ),
        (
            _LIVE + "3:15 p.m.: Fire Chief Tom Reyes spoke to reporters at the levee.\n\n"
            "3:40 p.m.: “The water is still rising on Main Street.”",
            "The water is still rising on Main", None,
        ),
        (
            _LIVE + "3:40 p.m.: “The pumps at the east station have failed.”\n\n"
            "3:55 p.m.: Fire Chief Tom Reyes said the levee would hold.",
            "The pumps at the east station", None,
        ),
        (  # an entry's stamp naming the reporter who filed it: no speaker of the quote under it
            "Live updates: flooding in Dayton\n\n10:42 a.m. — Tom Hale\n\n“The water has crested at the north "
            "bridge.”\n\n10:58 a.m. — Lisa Park\n\n“We have two more shelters open tonight.”",
            "We have two more shelters open", None,
        ),
        (
            "Live updates: flooding in Dayton\n\n10:42 a.m. — Tom Hale\n\n“The water has crested at the bridge on "
            "Main Street.”\n\n10:58 a.m. — Lisa Park\n\n“We have opened the school gym.”",
            "The water has crested at the bridge", None,
        ),
        ("Photos: Flooding in Dayton\n\nPhoto 3 of 12: Mayor Ann Weller tours the damage. “We will rebuild every "
         "home,” she said.", "We will rebuild every home", "Ann Weller"),
        (_LIVE + "14:05 - Weller said the city would “pay for every hotel room until the water goes down.”",
         "pay for every hotel room", "Ann Weller"),
        ("UPDATE — Gov. Ann Weller said Thursday that the state “will appeal this ruling to the Supreme "
         "Court.”", "will appeal this ruling", "Ann Weller"),
    ],
)

_DEBATE = "Sen. Ann Weller and Rep. Tom Reyes debated the bill on Sunday. Here is a partial transcript:\n\n"

#: Transcripts: every word of a turn is its label's, "I" included; a stage direction is nobody's;
#: a question that cites someone ("you said …") cites that one, not the asker.
TRANSCRIPTS = cases(
    "pronouns and role nouns",
    [
        (_DEBATE + "MODERATOR: Senator, will you vote for it?\n\nWELLER: No. I said last week that it was "
         "“a gift to the oil companies,” and I meant it.", "a gift to the oil companies", "Ann Weller"),
        (  # quote marks inside a turn, with no cue of his own: his claim, or the bill's slogan cited
            _DEBATE + "WELLER: It is a giveaway.\n\nREYES: That's just not true. (CROSSTALK) The bill “protects "
            "every family farm in America.”", "protects every family farm", (None, "Tom Reyes"),
        ),
        (  # the interviewer cites a sign and a book: not his words
            "Tom Reyes interviewed Sen. Ann Weller for the Ledger.\n\nREYES: There's a sign outside that reads "
            "“No new taxes, ever, not one.”\n\nWELLER: I know.", "No new taxes, ever, not one", None,
        ),
        (
            "Tom Reyes interviewed Sen. Ann Weller for the Ledger.\n\nREYES: Let me read from your book: “I have "
            "never been afraid of a fight.”\n\nWELLER: I wrote that.", "I have never been afraid", (None, "Ann Weller"),
        ),
        (_DEBATE + "REYES: The bill protects farms.\n\nWELLER: “Every family farm” is the slogan, not the "
         "text, and we both know it.", "Every family farm", ("Ann Weller", None)),
        (_DEBATE + "“MODERATOR: Senator, will you vote for it?\n\n“WELLER: No, and I will tell you why.\n\n"
         "“[applause]\n\n“WELLER: Let me finish.”", "[applause]", None),
        (_DEBATE + "“MODERATOR: Senator, will you vote for it?\n\n“WELLER: No, and I will tell you why.\n\n"
         "“(LAUGHTER)\n\n“REYES: She always says that.”", "(LAUGHTER)", None),
        (_DEBATE + "“MODERATOR: Senator, will you vote for it?\n\n“WELLER: No, and I will tell you why.\n\n"
         "“[applause]\n\n“WELLER: Let me finish, please, Congressman.”", "WELLER: Let me finish", "Ann Weller"),
        (  # the moderator cites the senator: her word, not the moderator's
            "Tom Reyes interviewed the mayor for the Ledger.\n\nREYES: Mayor, you said in March that the budget "
            "was “balanced.” Was it?\n\nWELLER: It was balanced on paper.",
            "balanced.", (None, "the mayor"),
        ),
        (
            _DEBATE + "MODERATOR: The governor called the bill “a disaster for rural hospitals.” Do you "
            "agree?\n\nWELLER: Yes.",
            "a disaster for rural hospitals", (None, "the governor"),
        ),
        (_DEBATE + "MODERATOR: Congressman?\n\nREYES: We wrote it with farmers. I told them “this is your bill "
         "as much as mine,” and it is.", "this is your bill", "Tom Reyes"),
        ("President Ann Weller took questions in the Rose Garden.\n\nTHE PRESIDENT: I said from day one that "
         "this was “a fight we would win,” and we won it.", "a fight we would win", "Ann Weller"),
        ("President Ann Weller took questions in the Rose Garden.\n\nQ: Madam President, your critics say —\n\n"
         "THE PRESIDENT: My critics said it was “impossible to pass.” It wasn't.", "impossible to pass", (None, "my critics")),
        ("Sen. Ann Weller spoke with reporters.\n\nSEN. WELLER: I told the leader “not one more dollar,” and I "
         "meant it.", "not one more dollar", "Ann Weller"),
        ("Sen. Ann Weller and Rep. Tom Reyes debated the bill on Sunday.\n\nREYES (interrupting): “That is not "
         "what the bill says at all.”", "That is not what the bill says at all", "Tom Reyes"),
        ("Sen. Ann Weller and Rep. Tom Reyes debated the bill on Sunday.\n\nREYES: “It is fine.”\n\n"
         "WELLER (laughing): “Read it first, Congressman.”", "Read it first, Congressman", "Ann Weller"),
        (_DEBATE + "Weller: I called it “a gift to the oil companies” and I meant it.\n\nReyes: And I called "
         "that “nonsense on stilts, then and now.”", "nonsense on stilts", "Tom Reyes"),
        (  # an acronym in capitals stays as written
            "NATO said the exercise was “purely defensive in nature and planned for a year.”",
            "purely defensive in nature", "NATO",
        ),
        (_DEBATE + "WELLER: It is a giveaway.\n\nREYES: As the governor said yesterday, “a giveaway is what "
         "we had before.”", "a giveaway is what we had", ("the governor", None)),
    ],
)

#: Pull quotes signed under them, photo captions with their credits next to a quote.
PULL_QUOTES = cases(
    _PULL,
    [
        ("The council voted 5-2 to close the library.\n\n“We are closing the one place in this town where a kid "
         "can go for free.”\n\n— Ann Weller, mayor of Dayton\n\nThe vote came after three hours of debate.",
         "We are closing the one place", "Ann Weller"),
        ("The council voted 5-2 to close the library.\n\n“We are shutting the last place in this town where a "
         "kid can read for free.” — Ann Weller, mayor of Dayton\n\nThe vote came after three hours of debate.",
         "We are shutting the last place", "Ann Weller"),
        (  # the photographer is no speaker; the caption's person is no referent of "she"
            "The council voted 5-2 to close the library.\n\nMayor Ann Weller speaks in Dayton on Monday. (Photo: "
            "Lisa Park/Ledger)\n\n“We are closing the only place where a kid can go for free,” she said.",
            "We are closing the only place", (None, "Ann Weller"),
        ),
        ("The council voted 5-2 to close the library.\n\nMayor Ann Weller speaks in Dayton on Monday. (Photo: "
         "Tom Reyes/Ledger)\n\n“This town will regret it for a generation.”\n\nThe vote came after three hours "
         "of debate.", "This town will regret it", (None, "Ann Weller")),
        ("The council voted 5-2 to close the library.\n\nTom Reyes/The Ledger\n\n“Nobody on this council "
         "ever set foot in that library.”", "Nobody on this council ever", None),
        ("The council voted 5-2 to close the library.\n\nPhoto by Tom Reyes\n\n“Nobody on the council has read "
         "a book there in years.”", "Nobody on the council has read", None),
        ("Mayor Ann Weller (Photo: Tom Reyes/Ledger)\n\n“We will rebuild every single house on this street,” "
         "Weller said.", "We will rebuild every single house", "Ann Weller"),
        ("The mayor spoke.\n\nPhoto: Tom Reyes/The Ledger\n\n“We will rebuild every house on this block.”\n\n"
         "— Ann Weller, mayor of Dayton", "We will rebuild every house on this block", "Ann Weller"),
        ("Sen. Ann Weller spoke for an hour.\n\n“This bill is a gift to the oil industry.” — Sen. Ann Weller, "
         "D-Ore.\n\nRep. Tom Reyes defended the bill.", "This bill is a gift to the oil industry", "Ann Weller"),
        ("Fans reacted online:\n\n@annweller: “Best game I have ever seen in my life.”\n\nTom Reyes: “Worst "
         "refereeing I have seen in years.”", "Worst refereeing I have seen", "Tom Reyes"),
    ],
)

_PLAN = "Sen. Ann Weller unveiled her housing plan on Monday.\n\n"

#: Explainer signposts ("Why it matters:", "Yes, but:"): no speaker, and no part of the sentence.
SIGNPOSTS = cases(
    "clause frames around the speaker",
    [
        (_PLAN + "Driving the news: Weller told reporters the plan would “build a million homes by 2030.”",
         "build a million homes", "Ann Weller"),
        (_PLAN + "Yes, but: Critics say it “does nothing for the renters of today.”",
         "does nothing for the renters", ("critics", None)),
        (_PLAN + "What they're saying: Rep. Tom Reyes: “This plan is a giveaway to developers.”",
         "This plan is a giveaway to developers.", "Tom Reyes"),
        (_PLAN + "Why it matters: “Rents have doubled in five years,” Weller said.",
         "Rents have doubled in five years", "Ann Weller"),
        (_PLAN + "The big picture: “We cannot build our way out of this,” one economist told Axios.",
         "We cannot build our way out", "one economist"),
        (_PLAN + "“It is the biggest plan in decades,” Weller said.\n\nBetween the lines: “This is about the "
         "2028 primary and nothing else.”", "This is about the 2028 primary", None),
    ],
)

#: Negatives: titles, headline speakers (which are speakers), scare quotes in fact boxes, links.
FORMAT_NEGATIVES = cases(
    "when unsure, say less",
    [
        (  # sentence-case titles (a British page's style) in a list: nobody's words
            "Ann Weller's reading list for the summer:\n\n• “The long road home and other stories,” by Tom "
            "Reyes\n\n• “A winter in Dayton with my father,” by Lisa Park",
            "A winter in Dayton with my father", None,
        ),
        ("Weller: “We will win this seat back in November”\n\nSen. Ann Weller told supporters in Portland on "
         "Saturday that the party would regain the seat.", "We will win this seat back", "Ann Weller"),
        ("Mayor Ann Weller spoke to reporters on Monday.\n\nRelated: “Dayton closes its last public pool after "
         "60 years”\n\nThe city has cut its parks budget twice since 2020.", "Dayton closes its last public", None),
        ("Mayor Ann Weller spoke to reporters on Monday about the plan.\n\nKey facts about the plan:\n\n• The "
         "“green corridor” would run 12 miles along the river.\n\n• It would cost an estimated $40 million, "
         "mostly from “federal sources and state grants.”", "federal sources and state", None),
        ("Mayor Ann Weller spoke to reporters on Monday about the plan.\n\nREAD MORE: “How Dayton lost its "
         "library in one night”\n\n“We will build it,” Weller said.", "How Dayton lost its library", None),
        ("The festival announced its lineup on Monday. Films include “The Last Harvest,” “Dayton After Dark” "
         "and “A Quiet Year in Ohio.”", "A Quiet Year in Ohio", None),
        ("Mayor Ann Weller spoke to reporters on Monday.\n\nSee also: “Why the levee failed, and who knew about "
         "it”", "Why the levee failed", None),
        ("Mayor Ann Weller spoke to reporters on Monday.\n\nRelated: “We were never told the water was unsafe,” "
         "residents say", "We were never told the water", ("residents", None)),
        ("Mayor Ann Weller held a news conference.\n\nWASHINGTON: “We expect the talks to resume in the spring "
         "in Geneva.”\n\nThe negotiators left without comment.", "We expect the talks to resume in the spring",
         (None, "Ann Weller")),
        ("Mayor Ann Weller held a news conference on the flooding.\n\n4:10 p.m.: “We are not out of the woods "
         "yet, by any means.”", "We are not out of the woods yet, by", (None, "Ann Weller")),
        ("Key dates:\n\n• March 3: the council votes on the “green corridor plan for the river.”\n\n• April 9: "
         "Mayor Ann Weller signs it.", "green corridor plan", None),
        ("The Bears lost 31-3 on Sunday.\n\nOverheard: “That's the worst game I've seen in thirty years.”",
         "That's the worst game I've seen", None),
        ("Mayor Ann Weller spoke on Monday.\n\nQuotable: “A city that can't fix its roads can't fix anything.”",
         "A city that can't fix its roads", (None, "Ann Weller")),
        ("Rice: “We were never told about the memo”\n\nFormer adviser Susan Rice said on Sunday that she had not "
         "seen it.", "We were never told about the memo", "Susan Rice"),
        (_ROUNDUP_INTRO + "The Ohio Chamber of Commerce: “A win for small business in every corner of this "
         "state.”", "A win for small business", (None, "The Ohio Chamber of Commerce", "the Ohio Chamber of Commerce")),
    ],
)

FORMATS19_CASES = [*ROUNDUPS, *QA_INTERVIEWS, *LIVE_BLOG, *SIGNPOSTS, *TRANSCRIPTS, *PULL_QUOTES, *FORMAT_NEGATIVES]
