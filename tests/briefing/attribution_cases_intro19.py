"""Attribution cases of session 11, round 19 (intro19): quotes whose speaker is given by a colon
introduction or by a frame that characterises a thing rather than by a plain "said". Colon
introductions with a verb or a noun of elaborating, explaining or summing up ("summed up his view
in one line:", "Diaz's take:", "His answer, in full:", "Then came the punchline from X:", "Take
it from X:", "Take X's word for it:", "The stakes, as X sees them:", "X shrugged:", "X, in a post
on X:"), also closing the paragraph before the quote; frames that name or judge a thing ("described
the bill as “…”", "called the ruling “…”", "dismissed/derided/hailed … as “…”") in every form:
with the thing as a relative ("a plan which critics derided as", "a plan critics quickly called",
"whom critics call"), in the passive with its agent before or after the quote ("described by Rep.
Dana Kline as “…”", "was called “…” by Sen. Ann Weller"), and groups of people as judges ("Union
leaders hailed", "Environmental groups called"); groups and documents as speakers ("Protesters
chanted", "The sign read:", "The memo warned:"). Negatives: a frame with no judge named ("Dorsey,
long derided as “…”, retired", "was once described as “…”", "a man widely derided as"): the one
judged is never the speaker; a verb's object after a quote ('“…,” announced his retirement'); the
writer's imperative "Call it “…”"; titles and names ("known as", "dubbed … by police", "the
nickname her opponents gave her, “…”"); "Take it from me:". Second batch: the word handed over after
a preposition ("It fell to X to explain the defeat:", "The last word went to X:", "Nobody put it
better than X:", "summed up by one delegate, Rosa Vega:"), a participle phrase after a possessive
noun of saying ("Her reply, delivered with a smile:"), "call it" with its subject right before it,
texts that carry words ("The inscription … reads:"); a colon closing the paragraph after someone else's
quote ("“A,” Reyes said. Weller disagreed:" / "“B.”": Weller's, not Reyes's); someone else's description
taken up in the frame ("mocked Gov. Paul Dorsey's description of the budget as “…”": Dorsey's); people
speaking in a clause of time ("Weller took the stage as her supporters chanted “…”": the supporters).
Invented people; 63 of 142 failed before.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

COLON_INTRODUCTIONS = cases(
    "clause frames around the speaker",
    [
        ("Sen. Ann Weller elaborated on the message she said voters were sending: “They want the potholes "
         "fixed before they want another study.”", "They want the potholes", "Ann Weller"),
        ("Mayor Tom Reyes summed up his view in one line: “We cannot tax our way out of this.”",
         "We cannot tax our way", "Tom Reyes"),
        ("Here is how Councilwoman Rita Diaz put it: “The budget is a moral document, and this one fails.”",
         "The budget is a moral", "Rita Diaz"),
        ("Judge Lena Weller's verdict: “The evidence does not support a single count.”",
         "The evidence does not", "Lena Weller"),
        ("Rep. Dana Kline offered a blunt assessment of the race: “We are behind, and we know it.”",
         "We are behind", "Dana Kline"),
        ("Finance Minister Irene Lowe summed it up: “Growth is slow. Inflation is falling. We will be patient.”",
         "Growth is slow", "Irene Lowe"),
        ("The union chief, Pat Osei, spelled out the demand at a rally on Tuesday:\n\n"
         "“Pay us what we are worth, or we walk.”", "Pay us what we are worth", "Pat Osei"),
        ("Sen. Ann Weller elaborated on the point later:\n\n“People think this is about money. It is not. It is "
         "about trust. And trust, once lost, takes a generation to win back.”", "People think this is about",
         "Ann Weller"),
        ("Take it from Dana Kline, the state's utility commissioner: “Nobody in this state will pay more for "
         "power next year.”", "Nobody in this state", "Dana Kline"),
        ("Gov. Carla Mendes has promised a new bridge. Take Mendes's word for it: “The bridge will open on time.”",
         "The bridge will open", "Carla Mendes"),
        ("Ruth Amsel ran the county's clinics for 20 years. Take it from her: “Vaccines saved more children "
         "here than any doctor did.”", "Vaccines saved more", "Ruth Amsel"),
        ("Take it from Dana Kline, the state's utility commissioner:\n\n“Nobody in this state will pay more for "
         "power next year.”", "Nobody in this state", "Dana Kline"),
        ("Councilwoman Rita Diaz has read the proposal twice. Diaz's take: “It will never work.”",
         "It will never work", "Rita Diaz"),
        ("Rita Diaz, who chairs the finance committee, was unconvinced. Her two cents: “It will never work.”",
         "It will never work", "Rita Diaz"),
        ("Mayor Tom Reyes was asked what comes next. His answer, in full: “We rebuild.”",
         "We rebuild", "Tom Reyes"),
        ("The crowd roared. Then came the punchline from Gov. Paul Dorsey: “I will be here longer than any of "
         "you.”", "I will be here longer", "Paul Dorsey"),
        ("The stakes, as Sen. Ann Weller sees them: “If we lose this seat, we lose the majority.”",
         "If we lose this seat", "Ann Weller"),
        ("Council member Hal Brandt has heard every argument. As Brandt sees it: “The voters have spoken.”",
         "The voters have spoken", "Hal Brandt"),
        ("Mayor Tom Reyes was asked what comes next. Reyes shrugged: “We rebuild.”", "We rebuild", "Tom Reyes"),
        ("Developer Marco Quill has fought the city for years. Quill, in a post on X: “Never trust a city "
         "contractor.”", "Never trust a city", "Marco Quill"),
        ("Rep. Dana Kline's advice to new members: “Listen more than you talk.”",
         "Listen more than you talk", "Dana Kline"),
        ("The bottom line, according to economist Lisa Hahn of Carver Bank: “Rates are not coming down this "
         "year.”", "Rates are not coming down", "Lisa Hahn"),
        ("Coach Mark Ruiz explained his decision: “The kid was hurt. I was not going to risk his season for "
         "one game.”", "The kid was hurt", "Mark Ruiz"),
        ("Professor Alan Hirsch put it bluntly: “This is the worst drought in five hundred years.”",
         "This is the worst drought", "Alan Hirsch"),
        ("Here is what Councilwoman Rita Diaz told the board on Monday night:\n\n“I have lived in this district "
         "for forty years. I have never seen the streets in worse shape. Fix them.”", "I have lived in this",
         "Rita Diaz"),
        ("Sen. Ann Weller, on the stakes: “If we lose this seat, we lose the majority.”",
         "If we lose this seat", "Ann Weller"),
    ],
)

CHARACTERISING_FRAMES = cases(
    "clause frames around the speaker",
    [
        ("Rep. Dana Kline described the bill as “a gift to the lobbyists who wrote it.”",
         "a gift to the lobbyists", "Dana Kline"),
        ("Sen. Ann Weller called the ruling “a dark day for the rule of law.”", "a dark day for the rule",
         "Ann Weller"),
        ("Mayor Tom Reyes dismissed the audit as “partisan fiction from start to finish.”",
         "partisan fiction from start", "Tom Reyes"),
        ("The state attorney general, Maria Soto, labeled the merger “a threat to every small grocer in the "
         "state.”", "a threat to every small grocer", "Maria Soto"),
        ("Gov. Paul Dorsey derided the proposal as “a fantasy dreamed up in a think tank.”",
         "a fantasy dreamed up", "Paul Dorsey"),
        ("Union leader Pat Osei hailed the agreement as “the best contract this industry has seen in thirty "
         "years.”", "the best contract this industry", "Pat Osei"),
        ("The plan, which Sen. Ann Weller called “reckless and cruel,” passed the House on Friday.",
         "reckless and cruel", "Ann Weller"),
        ("Residents are angry about what Mayor Tom Reyes once described as “a temporary inconvenience.”",
         "a temporary inconvenience", "Tom Reyes"),
        ("Rep. Dana Kline, a Democrat from Ohio who has served on the committee for a decade, described the "
         "bill on Tuesday as “a gift to the lobbyists who wrote it and a slap in the face to every worker.”",
         "a gift to the lobbyists who", "Dana Kline"),
        ("Chief Justice Lena Marsh characterized the dispute as “a family quarrel that should never have "
         "reached this court.”", "a family quarrel", "Lena Marsh"),
        ("Gov. Paul Dorsey likened the protest to “a temper tantrum by people who lost an election.”",
         "a temper tantrum", "Paul Dorsey"),
        # the thing judged as a relative before the verb: the relative clause's subject judges it
        ("The measure, which Rep. Dana Kline has derided as “a gift to the lobbyists who wrote it,” passed "
         "the House on Friday.", "a gift to the lobbyists", "Dana Kline"),
        ("The measure — which Rep. Dana Kline has derided as “a gift to the lobbyists who wrote it” — passed "
         "the House on Friday.", "a gift to the lobbyists", "Dana Kline"),
        ("Gov. Paul Dorsey on Tuesday unveiled a plan that critics quickly dismissed as “a fantasy.”",
         "a fantasy", "critics"),
        ("Gov. Paul Dorsey on Tuesday unveiled a plan critics quickly called “a fantasy.”", "a fantasy",
         "critics"),
        ("Sen. Ann Weller, whom critics call “the senator from Big Oil,” won a fourth term on Tuesday.",
         "the senator from Big Oil", "critics"),
        ("Gov. Paul Dorsey, whom opponents call “Governor Gridlock,” announced his retirement on Friday.",
         "Governor Gridlock", "opponents"),
        ("Sen. Ann Weller voted against the measure, which she called “a blank check for the Pentagon.”",
         "a blank check for the Pentagon", "Ann Weller"),
        ("Sen. Ann Weller took aim at Gov. Paul Dorsey, whom she branded “the worst governor in half a century.”",
         "the worst governor", "Ann Weller"),
        ("Sen. Ann Weller ridiculed what Gov. Paul Dorsey had described as “a bold new vision for the state.”",
         "a bold new vision", "Paul Dorsey"),
        ("Weller mocked what Kline had called “a historic bargain.”", "a historic bargain", "Kline"),
        # the passive: the agent after "by" judges, before or after the quote
        ("The ruling was called “a dark day for the rule of law” by Sen. Ann Weller.", "a dark day for the rule",
         "Ann Weller"),
        ("The audit was dismissed by Mayor Tom Reyes as “partisan fiction.”", "partisan fiction", "Tom Reyes"),
        ("The deal was hailed by union leader Pat Osei as “the best contract in years.”",
         "the best contract in years", "Pat Osei"),
        ("The bill, described by Rep. Dana Kline as “a gift to the lobbyists,” passed the House.",
         "a gift to the lobbyists", "Dana Kline"),
        ("Gov. Paul Dorsey, long derided by opponents as “Governor Gridlock,” announced his retirement.",
         "Governor Gridlock", "opponents"),
        ("Rep. Dana Kline was once described by a colleague as “the hardest-working person in the building.”",
         "the hardest-working person", "a colleague"),
        ("The policy, which opponents have labeled “the death tax,” raises $2 billion a year.", "the death tax",
         "opponents"),
        ("Sen. Ann Weller, whom critics have branded “the senator from Big Oil,” won a fourth term on Tuesday.",
         "the senator from Big Oil", "critics"),
        ("Sen. Ann Weller said the plan, which critics dismissed as “a fantasy,” would never pass.", "a fantasy",
         "critics"),
    ],
)

GROUPS_AND_DOCUMENTS = cases(
    "organisations, documents and groups",
    [
        ("Union leaders hailed the agreement as “the best contract in years.”", "the best contract in years",
         "union leaders"),
        ("Community leaders hailed the grant as “a lifeline for the east side.”", "a lifeline for the east side",
         "community leaders"),
        ("Environmental groups called the decision “a betrayal of every promise made in the campaign.”",
         "a betrayal of every promise", "environmental groups"),
        ("Party leaders said the vote was “a disaster we saw coming for months.”", "a disaster we saw coming",
         "party leaders"),
        ("Civil rights leaders called the verdict “a travesty of justice.”", "a travesty of justice",
         "civil rights leaders"),
        ("Advocacy groups said the cuts would be “devastating for rural clinics.”", "devastating for rural",
         "advocacy groups"),
        ("Critics branded the tax “a war on the middle class.”", "a war on the middle class", "critics"),
        ("Teachers hailed the agreement as “the best contract in a generation.”",
         "the best contract in a generation", "teachers"),
        ("Outside the courthouse, protesters chanted “Justice for Malik!” as the verdict was read.",
         "Justice for Malik", "protesters"),
        ("The crowd chanted: “Four more years!”", "Four more years", "the crowd"),
        ("One placard read: “Hands off our pensions.”", "Hands off our pensions", "One placard"),
        ("The headline on the tabloid's front page: “Gotcha!”", "Gotcha", "the headline"),
        ("An internal memo, obtained by the Ledger, warned: “Staff should not speak to reporters about the "
         "audit.”", "Staff should not speak", "an internal memo"),
        ("The letter, signed by 40 doctors, warned: “The hospital cannot safely treat patients with current "
         "staffing.”", "The hospital cannot safely", "the letter"),
        ("Striking nurses chanted “Safe staffing saves lives” outside Mercy Hospital on Monday.",
         "Safe staffing saves lives", "striking nurses"),
        ("The petition, signed by 3,000 residents, demands: “Keep the library open.”", "Keep the library open",
         "the petition"),
        ("The ad ends with a simple line: “Vote Kline.”", "Vote Kline", "the ad"),
    ],
)

NO_JUDGE_NAMED = cases(
    "when unsure, say less",
    [
        # the one judged is never the one who judged
        ("Rep. Dana Kline was once described as “the hardest-working person in the building.”",
         "the hardest-working person", None),
        ("The audit was dismissed as “partisan fiction” within hours of its release.", "partisan fiction", None),
        ("Gov. Paul Dorsey, a man widely derided as “the last of the machine bosses,” announced his "
         "retirement.", "the last of the machine bosses", None),
        ("Sen. Ann Weller bristled at being called “a career politician.”", "a career politician", None),
        ("Mayor Tom Reyes, hailed at the time as “the man who saved the city,” left office in 2019.",
         "the man who saved the city", None),
        ("Rep. Dana Kline has repeatedly been labeled “the most liberal member of the delegation,” a tag she "
         "rejects.", "the most liberal member", None),
        # a verb's object after the quote is no inverted speaker
        ("Gov. Paul Dorsey, long derided as “a relic of the old machine,” announced his retirement.",
         "a relic of the old machine", None),
        ("Sen. Ann Weller, dubbed “the senator who never sleeps” in her first race, announced her retirement "
         "on Monday.", "the senator who never sleeps", None),
        # the writer's imperative names the thing
        ("Sen. Ann Weller spoke for an hour. Call it “the longest goodbye in Senate history.”",
         "the longest goodbye", None),
        ("Strikes have spread to four industries. Call it “the summer of discontent.” Sen. Ann Weller said "
         "the unions would not back down.", "the summer of discontent", None),
        ("Call it “the summer of discontent,” Sen. Ann Weller said.", "the summer of discontent", "Ann Weller"),
        # a third person's words inside the frame
        ("Sen. Ann Weller scoffed at what her rival, Rep. Dana Kline, had called “a historic bargain for "
         "working families.”", "a historic bargain for", "Dana Kline"),
        ("Sen. Ann Weller rejected what Dorsey called “a reasonable compromise.”", "a reasonable compromise",
         "Dorsey"),
        ("Sen. Ann Weller criticized Gov. Paul Dorsey, who had called the protesters “thugs.”", "thugs",
         "Paul Dorsey"),
        # names and titles, and a narrator's list
        ("The committee's findings were damning. Among them:\n\n“The agency ignored at least 14 warnings about "
         "the dam.”", "The agency ignored", (None, "the committee")),
        ("Mayor Tom Reyes has a full week. Take it from me: “Nobody in City Hall sleeps in June.”",
         "Nobody in City Hall", None),
        ("The agenda for Tuesday's meeting: “Budget, zoning, and public comment.”", "Budget, zoning", None),
    ],
)

HANDED_THE_WORD = cases(
    "clause frames around the speaker",
    [
        # the word handed to someone after a preposition, or set off by a participle phrase
        ("Sen. Ann Weller lost her seat by 300 votes. It was left to Weller to sum up the night: “We lost, but "
         "we are not finished.”", "We lost, but we are not", "Ann Weller"),
        ("It fell to Sen. Ann Weller to explain the defeat: “We lost the suburbs, and we lost them badly.”",
         "We lost the suburbs", "Ann Weller"),
        ("The hearing ran past midnight. The last word went to Sen. Ann Weller: “We will be back.”",
         "We will be back", "Ann Weller"),
        ("The first word went to the chair of the committee, Rep. Lou Gant: “This hearing will come to order.”",
         "This hearing will come", "Lou Gant"),
        ("Nobody put it better than Sen. Ann Weller: “We will be back, and we will be louder.”",
         "We will be back, and", "Ann Weller"),
        ("No one summed up the frustration better than Rosa Vega, a nurse from Tucson: “We are tired of being "
         "thanked. Pay us.”", "We are tired of being", "Rosa Vega"),
        ("The mood in the hall, summed up by one delegate, Rosa Vega: “We came here to win, not to debate.”",
         "We came here to win", "Rosa Vega"),
        ("The mood in the hall was summed up by one delegate, Rosa Vega:\n\n“We came here to win, not to "
         "debate.”", "We came here to win", "Rosa Vega"),
        ("Sen. Ann Weller was asked whether she would run again. Her reply, delivered with a smile:\n\n“Ask me "
         "in January.”", "Ask me in January", "Ann Weller"),
        ("Sen. Ann Weller's reply, sent by email late on Friday: “I have nothing to add.”",
         "I have nothing to add", "Ann Weller"),
        # "call it" with its subject right before it
        ("The governor's aides describe the plan as “bold.” Critics call it “reckless.”", "reckless", "critics"),
        ("Sen. Ann Weller said Gov. Paul Dorsey called it “a fair deal,” which she disputed.", "a fair deal",
         "Paul Dorsey"),
        ("Critics have long derided the program as “welfare for the rich,” a charge Gov. Paul Dorsey rejects.",
         "welfare for the rich", "critics"),
        ("The program, derided by critics as “welfare for the rich,” survived another vote.",
         "welfare for the rich", "critics"),
        ("The company, which once billed itself as “the Uber of lawn care,” filed for bankruptcy on Monday.",
         "the Uber of lawn care", "the company"),
        ("Gov. Paul Dorsey, who once described himself as “a fiscal hawk,” signed the largest budget in state "
         "history.", "a fiscal hawk", "Paul Dorsey"),
        ("What Kline described as “a minor glitch” cost taxpayers $4 million.", "a minor glitch", "Kline"),
        # texts that carry words, and a name someone goes by
        ("The inscription on the monument reads: “They gave their today for our tomorrow.”",
         "They gave their today", "the inscription"),
        ("Sen. Ann Weller laughed off the nickname her opponents gave her, “the senator who never sleeps.”",
         "the senator who never sleeps", None),
        ("Sen. Ann Weller embraced the moniker, “the senator who never sleeps,” in her victory speech.",
         "the senator who never sleeps", None),
        ("It was up to the court to decide whether the law was “vague beyond repair.”", "vague beyond repair",
         None),
    ],
)

COLON_AFTER_ANOTHER = cases(
    "speaker stated in another paragraph or clause",
    [
        # a colon closing the paragraph after someone else's quote hands the word on
        ("“I have been clear,” Mayor Tom Reyes said. Sen. Ann Weller disagreed:\n\n“He has been clear about "
         "nothing.”", "He has been clear", "Ann Weller"),
        ("“I have been clear,” Mayor Tom Reyes said. Weller's retort:\n\n“He has been clear about nothing.”",
         "He has been clear", "Weller"),
        ("“I have been clear,” Reyes said. Weller disagreed:\n\n“He has been clear about nothing.”",
         "He has been clear", "Weller"),
        ("“I have been clear,” Mayor Tom Reyes said. Sen. Ann Weller had a different view:\n\n“He has been "
         "clear about nothing.”", "He has been clear", "Ann Weller"),
        ("“I have been clear,” Mayor Tom Reyes said. The crowd was not convinced. One man shouted:\n\n“Liar!”",
         "Liar", "One man"),
        # the same speaker goes on
        ("“I have been clear,” Reyes said, adding:\n\n“Nobody can say otherwise.”", "Nobody can say otherwise",
         "Reyes"),
        ("“I have been clear,” Mayor Tom Reyes said. Then, after a pause:\n\n“Nobody can say otherwise.”",
         "Nobody can say otherwise", "Tom Reyes"),
        ("Mayor Tom Reyes and Sen. Ann Weller debated for an hour. Weller's closing argument:\n\n“We cannot "
         "tax our way out of this.”", "We cannot tax our way", "Ann Weller"),
    ],
)

THIRD_PERSON_IN_THE_FRAME = cases(
    "when unsure, say less",
    [
        # the words belong to the one whose description the subject takes up
        ("Sen. Ann Weller mocked Gov. Paul Dorsey's description of the budget as “lean and mean.”",
         "lean and mean", "Paul Dorsey"),
        ("Sen. Ann Weller rejected her rival's characterization of the vote as “a mandate for change.”",
         "a mandate for change", "her rival"),
        ("Sen. Ann Weller rejected the governor's description of the vote as “a mandate for change.”",
         "a mandate for change", "the governor"),
        ("Sen. Ann Weller stood by her description of the vote as “a mandate for change.”",
         "a mandate for change", "Ann Weller"),
        ("Sen. Ann Weller, asked about the budget Gov. Paul Dorsey has called “lean and mean,” laughed.",
         "lean and mean", "Paul Dorsey"),
        ("The budget, which Gov. Paul Dorsey calls “lean and mean” and Sen. Ann Weller calls “cruel,” passed "
         "on Friday.", "lean and mean", "Paul Dorsey"),
        ("Sen. Ann Weller recalled that Gov. Paul Dorsey had once called the budget “lean and mean.”",
         "lean and mean", "Paul Dorsey"),
        ("Economists at Carver Bank described the outlook as “cloudy,” while analysts at Hale & Co. called it "
         "“grim.”", "grim", "analysts"),
    ],
)

CROWDS_IN_A_CLAUSE_OF_TIME = cases(
    "organisations, documents and groups",
    [
        # a clause of time with people of its own as subject: they speak, not the main clause's subject
        ("Sen. Ann Weller took the stage as her supporters chanted “Four more years!”", "Four more years",
         "her supporters"),
        ("Sen. Ann Weller smiled as the crowd chanted “Four more years!”", "Four more years", "the crowd"),
        ("Sen. Ann Weller paused while a heckler shouted “Liar!” from the back of the hall.", "Liar",
         "a heckler"),
        ("Sen. Ann Weller left the room as the chairman said, “We will take a short recess.”",
         "We will take a short recess", "the chairman"),
        ("Sen. Ann Weller took the stage. Her supporters chanted: “Four more years!”", "Four more years",
         "Her supporters"),
        ("Sen. Ann Weller spoke for an hour. Behind her, a banner read: “Weller for Governor.”",
         "Weller for Governor", "a banner"),
        ("Mayor Tom Reyes held up the front page of the Daily Courier. The headline: “Reyes Quits.”",
         "Reyes Quits", "the headline"),
        ("The memo, signed by Gov. Paul Dorsey, was short: “No comment on the audit.”", "No comment on the audit",
         "the memo"),
        # an attribution after the quote keeps it: the judging subject's verdict reported by someone else
        ("Gov. Paul Dorsey dismissed the audit as “partisan,” his spokeswoman, Ivy Crane, said.", "partisan",
         "Ivy Crane"),
    ],
)

NARRATORS_COLONS = cases(
    "when unsure, say less",
    [
        # a narrator's colon that lists or sums up: no one's words, not the person named before
        ("Mayor Tom Reyes signed the order on Monday. The changes: “no parking on Main Street and no trucks "
         "after 10 p.m.”", "no parking on Main Street", None),
        ("Mayor Tom Reyes signed the order on Monday. Among the new rules: “no parking on Main Street.”",
         "no parking on Main Street", None),
        ("Mayor Tom Reyes signed the order on Monday. Three words sum up the day: “Finally, some relief.”",
         "Finally, some relief", None),
        ("Mayor Tom Reyes signed the order on Monday.\n\nThe rules, in brief:\n\n“No parking on Main Street. No "
         "trucks after 10 p.m.”", "No parking on Main Street", None),
        ("Sen. Ann Weller toured the plant on Monday. The question now: “Who pays for the cleanup?”",
         "Who pays for the cleanup", None),
        ("The bill, known as “the Clean Water Promise,” passed on Tuesday, and Sen. Ann Weller said it was “long "
         "overdue.”", "long overdue", "Ann Weller"),
    ],
)

INTRO19_CASES = [
    *COLON_INTRODUCTIONS,
    *CHARACTERISING_FRAMES,
    *GROUPS_AND_DOCUMENTS,
    *NO_JUDGE_NAMED,
    *HANDED_THE_WORD,
    *COLON_AFTER_ANOTHER,
    *THIRD_PERSON_IN_THE_FRAME,
    *CROWDS_IN_A_CLAUSE_OF_TIME,
    *NARRATORS_COLONS,
]
