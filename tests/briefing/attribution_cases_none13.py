"""Attribution cases of round 13 (quotes left without a speaker): the owner of the words in
"in Kell's words, “…”" / "in his own words". Invented people throughout; negative cases where
the phrase must not give a name (no possessive, or another speaker's verb after it).
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'in Kell's words, “…”', 'In his own words, “…”': the possessive before "words" is the speaker,
#: as in "in the words of Kell", not the subject of the sentence.
WORDS_OWNER = cases(
    "clause frames around the speaker",
    [
        (
            "The casino plan failed because, in Councillor Rhea Kell's words, “nobody in this town wants "
            "another casino on the riverfront.”",
            "nobody in this town wants",
            "Rhea Kell",
        ),
        (
            "Tomas Ferro ran the port for a decade. In his own words, “the harbour was a place where "
            "nothing ever arrived on time.”",
            "the harbour was a place",
            "Tomas Ferro",
        ),
        (
            "The festival moved to Ashby because, in the organisers' words, “it is the friendliest town "
            "in the county by a long way.”",
            "it is the friendliest town",
            ("the organisers", "organisers"),
        ),
        (
            "The proposal, to borrow Mayor Ines Dorr's words, is “a bridge to nowhere with a toll "
            "booth at each end.”",
            "a bridge to nowhere",
            "Ines Dorr",
        ),
        (  # negative: "in other words" has no owner
            "The plant will close in May. In other words, “four hundred jobs will simply vanish from the "
            "valley.”",
            "four hundred jobs",
            None,
        ),
        (  # negative: a speech verb after the phrase has a subject of its own
            "In Kell's words, Mayor Tim Ostrow later told the council “nobody wants another casino "
            "on the riverfront.”",
            "nobody wants another casino",
            "Tim Ostrow",
        ),
    ],
)

#: 'Specifically, “…”', 'Again, “…”': a sentence adverb capitalised as the opener names nobody,
#: so the quote stays with the paragraph's earlier speaker.
ADVERB_OPENER = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "Columnist Nadia Ortiz mocks what she calls the “quiet consensus” of the capital. "
            "Specifically, “the belief that growth alone will rescue the towns the mills left behind.”",
            "the belief that growth alone",
            "Nadia Ortiz",
        ),
        (
            "“The budget is a fantasy,” said Sen. Ray Koller. Again, “nobody in this chamber has read "
            "the last forty pages of it.”",
            "nobody in this chamber",
            "Ray Koller",
        ),
        (
            "Economist Dara Lusk doubts the “miracle” story of the region. Basically, “the jobs came "
            "because the land was cheap, not because of any tax plan.”",
            "the jobs came because",
            "Dara Lusk",
        ),
        (  # negative: a name in -ly that opens the sentence is someone new, not an adverb
            "“We will win the county by ten points,” Ortiz said. Kelly, “the one who actually ran the "
            "campaign,” stayed silent.",
            "the one who actually ran",
            None,
        ),
        (  # negative: after the adverb the sentence names someone else, who speaks
            "“The budget is a fantasy,” said Sen. Ray Koller. Meanwhile, Gov. Ada Lund called it "
            "“the most honest budget this state has seen in years.”",
            "the most honest budget",
            "Ada Lund",
        ),
    ],
)

#: 'Two analysts, Ann Roe and Ben Poe, found that “…”': a plural subject with a pair of names in
#: apposition is the group (not its first name); researchers and analysts report by "found",
#: "concluded" and "estimated" as a study does, other people do not.
GROUPS_THAT_FIND = cases(
    "organisations, documents and groups",
    [
        (
            "Two economists, Rita Vance and Omar Sills, found in 2019 that the toll scheme was “a waste "
            "of public money from top to bottom.”",
            "a waste of public money",
            ("two economists", "Two economists"),
            "group",
        ),
        (
            "Two economists, Rita Vance and Omar Sills, said the toll scheme was “a waste of public money "
            "from top to bottom.”",
            "a waste of public money",
            ("two economists", "Two economists"),
        ),
        (
            "Researchers at Dunmore University found that the new drug was “no better than a sugar pill "
            "for most of the patients in the trial.”",
            "no better than a sugar pill",
            ("researchers", "researchers at Dunmore University"),
        ),
        (
            "“The strike will cost at least two billion dollars in lost output,” analysts at Kestrel Bank "
            "estimated.",
            "The strike will cost",
            ("analysts", "analysts at Kestrel Bank"),
        ),
        (  # an appositive naming one person still gives the name
            "The head of the panel, Rita Vance, said the toll scheme was “a waste of public money from "
            "top to bottom.”",
            "a waste of public money",
            "Rita Vance",
        ),
        (  # negative: a farmer who found something is no report
            "A farmer near Ashby found that the river was “lower than at any time in forty years of "
            "records.”",
            "lower than at any time",
            None,
        ),
        (  # negative: people who read a letter aloud are not its writers
            "The researchers read the letter aloud: “We regret to inform you that the grant has been "
            "cancelled.”",
            "We regret to inform you",
            None,
        ),
    ],
)

_PHONE_CALL = (
    "“Good morning, this is the Reyes campaign calling,” Linda Holt, a volunteer from Tulsa, said "
    "cheerfully into the phone. “We are calling supporters like you this week.”\n\nShe waits.\n\n"
    "“Oh, that is wonderful to hear, thank you so much.”\n\nPause.\n\n"
    "“Well, you do that! The senator will be glad to hear it.”"
)

#: '“…,” Holt said.' / 'She waits.' / '“…”': a paragraph of a few words that brings in nobody
#: (a stage direction) does not end the speaker's turn; the quote-only paragraph after it is hers.
STAGE_DIRECTIONS = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (_PHONE_CALL, "Oh, that is wonderful", "Linda Holt"),
        (_PHONE_CALL, "Well, you do that", "Linda Holt"),
        (
            "“We will not close the clinic while I am mayor,” said Mayor Ada Kern.\n\nA long silence "
            "follows.\n\n“We will open two more clinics before the end of next year.”",
            "We will open two more",
            "Ada Kern",
        ),
        (  # negative: the pronoun of the direction is not the speaker's gender
            "“Good morning, this is the Reyes campaign calling,” Tom Holt, a volunteer from Tulsa, said "
            "into the phone.\n\nShe hangs up.\n\n“Honestly, I have had four of these calls today.”",
            "Honestly, I have had four",
            None,
        ),
        (  # negative: after a question the quote past the pause is the answer, not more of it
            "“Will you run for a second term?” a reporter shouted from the back of the hall.\n\nShe nods "
            "slowly.\n\n“Ask me again in the spring, after the budget is done.”",
            "Ask me again in the spring",
            None,
        ),
        (  # negative: a description's gender is unknown; "she" may be the one addressed
            "“You have ten minutes before the next meeting,” an aide told the mayor.\n\nShe nods.\n\n"
            "“Then let us make them count, and start with the budget.”",
            "Then let us make them count",
            None,
        ),
        (  # negative: after a question put to someone, the next quote is the answer
            "“Where were you on the night of the fire?” the prosecutor asked Mr. Lund.\n\nHe pauses."
            "\n\n“I was at home with my wife and my two children all evening.”",
            "I was at home",
            None,
        ),
        (  # negative: the crowd is someone new
            "“We will not close the clinic while I am mayor,” said Mayor Ada Kern.\n\nThe crowd "
            "cheers.\n\n“Four more years! Four more years!”",
            "Four more years",
            None,
        ),
    ],
)

#: 'X expressed confidence that … “…”': a stance stated with its content is said like any speech
#: verb, also inside a relative clause ("an interview in which X expressed hope that").
EXPRESSED_STANCE = cases(
    "speech verbs in every form",
    [
        (
            "In a radio interview, in which Gov. Lyle Park expressed confidence that the bill would pass "
            "“before the summer recess begins next month,” he also attacked the unions.",
            "before the summer recess",
            "Lyle Park",
        ),
        (
            "On Tuesday, union leader Mara Quist expressed hope that the talks would produce “a deal that "
            "every member of the union can vote for.”",
            "a deal that every member",
            "Mara Quist",
        ),
        (
            "Farmers in the valley voiced concern that the drought would “wipe out half of this year's "
            "harvest and most of the next.”",
            "wipe out half",
            ("farmers", "Farmers", "Farmers in the valley"),
        ),
        (  # negative: the stance after an attributed quote is someone else's reaction, not a new speaker
            "“We need the deal signed before the summer recess begins,” Sen. Ada Kell said, as the union "
            "expressed concern.",
            "We need the deal signed",
            "Ada Kell",
        ),
    ],
)

#: '"There was no help …, said Kessel, whose group …': a quote whose closing mark was left out ends
#: at the comma before its own "said X" (when no other mark follows in the paragraph).
MISSING_CLOSING_MARK = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“There was no help for the parents back then, nobody told them what papers to keep, said "
            "Lena Kessel, whose group runs a legal clinic in the city.",
            "There was no help for the parents",
            "Lena Kessel",
        ),
        (
            "\"The county has not repaired a single road in this district since the flood, Commissioner "
            "Joan Tate said.",
            "The county has not repaired",
            "Joan Tate",
        ),
        (  # negative: "he said no." inside an unclosed paragraph is part of the quote, not its attribution
            "“I asked the foreman for a day off, and he said no.\n\n“So the next morning we all walked "
            "out,” said Rosa Ortiz, who led the strike.",
            "I asked the foreman",
            (None, "Rosa Ortiz"),
        ),
        (  # negative: a later mark in the paragraph pairs with the opener; nothing is cut
            "“Nobody told them what papers to keep, said the clerk” is how the report put it, added "
            "Lena Kessel.",
            "Nobody told them what papers",
            ("Lena Kessel", None),
        ),
    ],
)

#: 'Hale cites the 1994 strike, “…”': what someone cites in their own words is theirs, as with
#: "said"; a passive "cited by X" belongs to the thing cited, not to X.
CITES = cases(
    "speech verbs in every form",
    [
        (
            "Historian Ruth Hale cites the 1994 strike, “the longest walkout in the history of the state,” "
            "as the turning point for the unions.",
            "the longest walkout",
            "Ruth Hale",
        ),
        (
            "Officials at the transport ministry cited “serious concerns about the safety of the bridge "
            "and its cables” when they closed it.",
            "serious concerns about the safety",
            ("officials", "Officials", "Officials at the transport ministry"),
        ),
        (  # negative: the study is the source, not the person who cited it
            "The study, cited by Sen. Ray Koller in the debate, found that the scheme was “a waste of "
            "public money from top to bottom.”",
            "a waste of public money",
            "the study",
        ),
    ],
)

#: 'Kell denied Ames's claim that the contract was “…”': the owner of a claim, a promise, a boast or
#: a slogan speaks the quote in its clause, not the one who reports or rejects it; not when the quote
#: is the predicate of the whole phrase ('Kell's claim that … is “a fantasy”').
CLAIM_OWNER = cases(
    "clause frames around the speaker",
    [
        (
            "Mayor Tim Ostrow rejected Councillor Rhea Kell's claim that the casino would “bring ten thousand "
            "jobs to the riverfront by next year.”",
            "bring ten thousand jobs",
            "Rhea Kell",
        ),
        (
            "Critics mocked Gov. Lyle Park's boast that he had “built more roads than any governor in the "
            "history of this state.”",
            "built more roads",
            "Lyle Park",
        ),
        (
            "Sen. Ada Lund's slogan in that race was that her rival “would sell the state to the highest "
            "bidder.”",
            "would sell the state",
            "Ada Lund",
        ),
        (
            "Ines Dorr's pledge to “cut every tax that working families pay in this state” was the "
            "centrepiece of her campaign.",
            "cut every tax",
            "Ines Dorr",
        ),
        (  # negative: the quote is the verdict on the claim, not the claim's own words
            "Rhea Kell's claim that the casino would bring jobs is “a fantasy dreamed up by the developers "
            "and nobody else.”",
            "a fantasy dreamed up",
            None,
        ),
        (  # negative: a speech verb inside the claim has its own subject
            "Rhea Kell's claim that Mayor Tim Ostrow said the deal was “signed in secret without a vote” "
            "is false.",
            "signed in secret",
            "Tim Ostrow",
        ),
    ],
)

#: 'The record prompted the Almanac, which tracks county votes, to state, “…”': the object of a
#: causative verb before "to" and the speech verb speaks, not the subject that made it speak; the
#: bare "state" is a speech verb after "to".
CAUSED_TO_SAY = cases(
    "clause frames around the speaker",
    [
        (
            "The county's record prompted the Harlow Almanac, which tracks local elections, to state, "
            "“Ashby County is the most reliable bellwether in the whole state.”",
            "Ashby County is the most reliable",
            "the Harlow Almanac",
        ),
        (
            "The scandal prompted the Daily Ledger to declare, “This council has lost the trust of the "
            "city it serves.”",
            "This council has lost",
            "the Daily Ledger",
        ),
        (
            "The verdict led Mayor Joan Ames to say, “Nobody in this building is above the law, and that "
            "includes me.”",
            "Nobody in this building",
            "Joan Ames",
        ),
        (  # negative: a plain "refused to state" keeps its subject
            "Gov. Lyle Park refused to state whether the plan was “dead or merely sleeping until after the "
            "election.”",
            "dead or merely sleeping",
            "Lyle Park",
        ),
        (  # negative: the noun after "prompted" is no speaker when the verb is not its infinitive
            "The vote prompted outrage, Sen. Ada Kell said, and “a wave of resignations across the whole "
            "party.”",
            "a wave of resignations",
            "Ada Kell",
        ),
    ],
)

#: 'the board recognized that a court should settle it — “…”': "recognized that" states a view
#: like "acknowledged"; a passive "It is widely recognized that" names no one.
RECOGNIZED_THAT = cases(
    "speech verbs in every form",
    [
        (
            "In rejecting the appeal, the election board recognized that a court should settle the matter "
            "— “so that every voter knows once and for all who may run.”",
            "so that every voter knows",
            "the election board",
        ),
        (
            "Gov. Lyle Park recognized that voters were “tired of promises that never turn into roads or "
            "schools.”",
            "tired of promises",
            "Lyle Park",
        ),
        (  # negative: the passive names nobody
            "It is widely recognized that the bridge is “the worst piece of engineering in the whole "
            "state.”",
            "the worst piece of engineering",
            None,
        ),
        (  # negative: without "that", recognizing someone's work is no speech
            "The prize recognized Ada Kell's “decades of quiet service to the poorest families in the "
            "city.”",
            "decades of quiet service",
            None,
        ),
    ],
)

#: 'The flyer quotes Psalm 23 – “…”': a document (a photo, a flyer, an editorial) that quotes a text
#: is shown as its source, as with "the sign reads"; "quotes" counts only with a document subject.
DOCUMENT_QUOTES = cases(
    "organisations, documents and it",
    [
        (
            "Mayor Rhea Kell posted a flyer of herself and her son. The flyer quotes Psalm 23 – “The Lord "
            "is my shepherd, I shall not want.”",
            "The Lord is my shepherd",
            "the flyer",
            "document",
        ),
        (
            "The Ashby Herald ran an editorial on the vote. The editorial quoted a line from the old "
            "charter: “Every citizen shall have a voice in the council of the city.”",
            "Every citizen shall have",
            "the editorial",
        ),
        (  # negative: a photo showing a sign is not the sign's source
            "The photo shows Mayor Rhea Kell holding a sign reading “Save our library from the bulldozers "
            "this summer.”",
            "Save our library",
            "a sign",
        ),
    ],
)

#: 'Micah 6:8 reads: “…”': a scripture verse is a numbered text like "Article 33", capitalised like
#: a name but a document; a clock time is not ("after 10:30 the screen read").
VERSES = cases(
    "organisations, documents and it",
    [
        (
            "The pastor opened the Bible at the lectern. Micah 6:8 reads: “Do justice, love kindness, and "
            "walk humbly with your God.”",
            "Do justice, love kindness",
            "Micah 6:8",
        ),
        (
            "“Whoever does not love does not know God, because God is love,” 1 John 4:8 reads.",
            "Whoever does not love",
            "1 John 4:8",
        ),
        (  # negative: a time before the verb is no text
            "The hearing dragged on. Shortly after 10:30 the screen read: “Session suspended until further "
            "notice by order of the chair.”",
            "Session suspended",
            (None, "the screen"),
        ),
    ],
)

_HEMSBY = "Alan Hemsby, a professor of media studies, has studied rumours for twenty years.\n\n"

#: 'This makes it harder to correct false stories, he said. Good information wins only when “…”':
#: after a sentence of reported speech without marks, a sentence that names nobody goes on with
#: that speaker's words; a "he" there is resolved where it stands, not at the quote.
PARAPHRASE_THEN_QUOTE = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "“Rumours spread faster than corrections,” said Alan Hemsby, a professor of media studies at "
            "Dunmore University.\n\nThis makes it harder to correct false stories, he said. Good information "
            "can still win, but only when “the truth is more exciting than the lie.”",
            "the truth is more exciting",
            "Alan Hemsby",
        ),
        (
            _HEMSBY + "Hemsby said false stories travel six times faster than true ones. The only remedy is "
            "“a public that is bored by outrage and hungry for facts.”",
            "a public that is bored",
            "Alan Hemsby",
        ),
        (  # negative: the quote's sentence names someone else
            _HEMSBY + "Hemsby said the study took three years. Lena Ames, his rival, thought it “a "
            "masterpiece of careful research and patient work.”",
            "a masterpiece of careful research",
            "Lena Ames",
        ),
        (  # negative: a question put to someone hands nothing on
            _HEMSBY + "Reporters asked Hemsby about the study. Its main finding was that “false stories "
            "travel six times faster than true ones.”",
            "false stories travel",
            None,
        ),
        (  # negative: a pronoun of another gender is someone else
            _HEMSBY + "Hemsby said the study took three years. She called it “a masterpiece of careful "
            "research and patient work.”",
            "a masterpiece of careful research",
            None,
        ),
        (  # negative: a noun that only looks like a speech verb ("a recall vote"), and a sentence that
            # brings in people of its own ("Critics call her")
            "Mayor Rhea Kell faces a recall vote. Critics call her “the most reckless mayor this city has "
            "had in fifty years.”",
            "the most reckless mayor",
            (None, "critics", "Critics"),
        ),
        (
            _HEMSBY + "Hemsby said the study took three years. Reviewers were kinder, and the book is now "
            "“a standard text in every media school in the country.”",
            "a standard text",
            None,
        ),
    ],
)

#: '… jabbing her finger at a heckler as she angrily said, “…”': a subject pronoun right before the
#: speech verb (an -ly adverb between) is its subject, however the clause before it runs.
PRONOUN_BEFORE_VERB = cases(
    "long material between quote, speaker and verb",
    [
        (
            "Mayor Rhea Kell faces a recall vote.\n\nTwo weeks after Kell lost her temper at a town hall, "
            "jabbing her finger at a heckler as she angrily said, “I am so sick of the developers lying” "
            "about her record, Tom Ames jabbed at Kell on the same topic.",
            "I am so sick of the developers",
            "Rhea Kell",
        ),
        (
            "Councillor Tom Ames chaired the session. Moments later, as he quietly said, “Nobody in this "
            "room believes those numbers,” the mayor walked out.",
            "Nobody in this room believes",
            "Tom Ames",
        ),
        (  # negative: an object pronoun before the verb's complement is the one addressed
            "Councillor Tom Ames chaired the session. Ames turned to Mayor Rhea Kell and told her, “Nobody "
            "in this room believes those numbers, not even you.”",
            "Nobody in this room believes",
            "Tom Ames",
        ),
    ],
)

#: 'But back in the capital, she returned to her familiar lines: “…”': a he/she subject, also after a
#: fronted phrase, introduces the quote after the colon.
PRONOUN_COLON = cases(
    "clause frames around the speaker",
    [
        (
            "Mayor Rhea Kell spoke in Ashby on Monday. “We need the mills back,” she said.\n\nBut back in "
            "the capital, she returned to her familiar lines: “There will be no new taxes in this city, not "
            "one.”",
            "There will be no new taxes",
            "Rhea Kell",
        ),
        (
            "Gov. Lyle Park took questions for an hour. He was blunt: “The bridge will not be rebuilt with "
            "state money.”",
            "The bridge will not be rebuilt",
            "Lyle Park",
        ),
        (  # negative: a pronoun inside the fronted clause is not the subject of the main one
            "Mayor Rhea Kell resigned in May. After she left, the council's finance committee was blunt: "
            "“The city is eleven million dollars in debt.”",
            "The city is eleven million",
            "the council's finance committee",
        ),
    ],
)

#: '“…,” this Reyes look-alike declared': a demonstrative subject whose head is an agent noun or a
#: hyphenated noun speaks, like "this source"; "this week" is a time, not a subject.
DEMONSTRATIVE_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "“We are going to win this state, and we are going to win it big,” this Reyes look-alike "
            "declared in Dallas.",
            "We are going to win this state",
            "this Reyes look-alike",
        ),
        (
            "“Every word of that report is a lie,” this longtime organizer insisted at the rally.",
            "Every word of that report",
            "this longtime organizer",
        ),
        (  # negative: a time after "this" is no subject; the name after it speaks
            "Mayor Rhea Kell spoke at the fair. “We are going to win this county, and win it big,” this "
            "week Kell said.",
            "We are going to win this county",
            "Rhea Kell",
        ),
    ],
)

_PARK = (
    "Gov. Lyle Park often contradicts himself.\n\n“We made a terrible mistake building that bridge,” he "
    "told a radio host in October.\n\n"
)

#: '“A,” he told a radio host.' / 'Then, later that month on Channel Four: “B.”': the channel or paper
#: the words were said on introduces nobody, so B continues A's speaker; "in Ames's view" does.
ON_A_CHANNEL = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            _PARK + "Then, later that month on Channel Four: “I never said the bridge was a mistake, not once.”",
            "I never said the bridge",
            "Lyle Park",
        ),
        (
            _PARK + "And a week later, in the Ashby Herald: “The bridge is the best thing this state has built.”",
            "The bridge is the best thing",
            "Lyle Park",
        ),
        (  # negative: a possessive names whose view it is (not the governor's)
            _PARK + "Then, in Ames's view: “The governor never said the bridge was a mistake, not once.”",
            "The governor never said",
            (None, "Ames"),
        ),
    ],
)

_CHARTER = (
    "The history of the cooperative is told on its own website, as the Ashby Society notes:\n\n"
    "\"In the spring of 1901, forty farmers met at the Grange hall and founded the Ashby Cooperative. "
    "Written “in a time of hunger and debt,” its charter is a short summary of their ideas.\n\n"
    "\"Among its principles are the following: every member has one vote; profits are shared by the hour "
    "worked; and no land may be sold to outsiders.\""
)

#: '"… Written “in a time of hunger,” its charter …': a curly pair inside an open straight quote is
#: nested in it (as a straight pair in a curly quote is), so the straight quote runs on, and on
#: into the next paragraph, with the speaker that introduced it.
NESTED_CURLY = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (_CHARTER, "In the spring of 1901", "Ashby Society"),
        (_CHARTER, "Among its principles", "Ashby Society"),
        (
            "\"The council called it “a once-in-a-century chance” and then did nothing with it for a "
            "decade,\" said Ines Dorr, a former councillor.",
            "The council called it",
            "Ines Dorr",
        ),
        (  # negative: a straight mark right before a curly one is a stray, the curly quote is the quote
            "\"“We will never sell the land to outsiders,” the founders wrote in their charter of 1901.",
            "We will never sell the land",
            "the founders",
        ),
    ],
)

#: '"… and says, "I want ten boxes," you know, …"': a straight quote after a speech verb inside an
#: open straight quote is nested in it when a further mark closes the outer one.
NESTED_STRAIGHT = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "\"Should a gun shop be sued for a sale it made legally?\" Sen. Tom Harlan asked rhetorically. "
            "\"But if somebody walks in and says, \"I want ten thousand rounds of ammunition,\" you know, well, "
            "you might be a little suspicious about that.\"",
            "But if somebody walks in",
            "Tom Harlan",
        ),
        (  # negative: an ordinary closing mark after a comma still closes
            "\"We will not close the plant,\" said Ada Kell. \"Nobody has asked us to,\" she added.",
            "Nobody has asked us to",
            "Ada Kell",
        ),
    ],
)

_RALLY = "\n\nMayor Rhea Kell spoke at a rally on Monday."

#: "Critics Pounce On Kell's Claim The Council Is '…'": in a title-case headline the claim's owner
#: speaks the quote in its clause, "that" left out; not across a comma into another clause.
HEADLINE_CLAIM = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "Critics Pounce On Kell's Claim The Council Is 'Sabotaging Every Plan This City Has Put Forward'"
            + _RALLY,
            "Sabotaging Every Plan",
            "Rhea Kell",
        ),
        (
            "Kell's Promise To 'Rebuild Every House That Was Lost In The Flood' Meets Skepticism" + _RALLY,
            "Rebuild Every House",
            "Rhea Kell",
        ),
        (  # negative: after the comma, another clause of the headline
            "Kell's Remarks Spark Outrage, Critics Call Them 'Unworthy Of Any Mayor Of This City'" + _RALLY,
            "Unworthy Of Any Mayor",
            (None, "critics", "Critics"),
        ),
        (  # negative: a speech verb after the noun has its own subject
            "Kell's Remarks Spark Outrage As Rival Tom Ames Calls Them 'Unworthy Of Any Mayor Of This City'"
            + _RALLY,
            "Unworthy Of Any Mayor",
            (None, "Tom Ames"),
        ),
    ],
)

NONE13_CASES = [
    *WORDS_OWNER,
    *ADVERB_OPENER,
    *GROUPS_THAT_FIND,
    *STAGE_DIRECTIONS,
    *EXPRESSED_STANCE,
    *MISSING_CLOSING_MARK,
    *CITES,
    *CLAIM_OWNER,
    *CAUSED_TO_SAY,
    *RECOGNIZED_THAT,
    *DOCUMENT_QUOTES,
    *VERSES,
    *PARAPHRASE_THEN_QUOTE,
    *PRONOUN_BEFORE_VERB,
    *PRONOUN_COLON,
    *DEMONSTRATIVE_SUBJECT,
    *ON_A_CHANNEL,
    *NESTED_CURLY,
    *NESTED_STRAIGHT,
    *HEADLINE_CLAIM,
]
