"""Attribution cases of session 11, round 18: quotes introduced without a speech verb. The speaker
is the subject of the sentence (or of the previous paragraph's last sentence) that announces
words: a noun of saying as its object ("had a simple message for voters", "ended her speech with
a promise:"), a manner of speaking ("was blunt", "didn't mince words", "fired back", "laughed"),
a channel ("took to Twitter", "posted on Facebook", "took the microphone"), or a possessive noun
of saying ("Ann Weller's reply came quickly."). Negatives: a sentence that announces nothing
("Reyes met Ann Weller on Friday."), a sign, banner or letter, two people introduced together, a
gesture with more to do ("smiled and pointed to the sign"), a stage direction between a
question and its answer, and a next paragraph that opens on someone else's quote. Invented
people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: The previous paragraph's last sentence announces its subject's words; the quote stands alone.
PARAGRAPH_INTRODUCTIONS = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Tom Reyes had a simple message for voters on Tuesday.\n\n"
         "“Get out and vote, because this election is going to be decided by a few hundred people.”",
         "Get out and vote", "Tom Reyes"),
        ("Ann Weller had a warning for the board on Thursday night.\n\n"
         "“If you cut this program, you will be back here in a year explaining why crime went up.”",
         "If you cut this program", "Ann Weller"),
        ("Tom Reyes has a message for the people who doubted him.\n\n“I told you so.”",
         "I told you so", "Tom Reyes"),
        ("Tom Reyes had harsh words for the developers.\n\n“They took the money and ran.”",
         "They took the money", "Tom Reyes"),
        ("Ann Weller offered some advice to first-time candidates.\n\n“Knock on every door, and then knock on "
         "them again.”", "Knock on every door", "Ann Weller"),
        ("Tom Reyes has a prediction for Sunday's game.\n\n“We win by ten.”", "We win by ten", "Tom Reyes"),
        ("Tom Reyes, the team's captain, had a reminder for his players after the loss.\n\n"
         "“One game does not make a season.”", "One game does not", "Tom Reyes"),
        ("In a speech on Monday, Ann Weller had a blunt message for her party.\n\n"
         "“We lost because we stopped listening.”", "We lost because", "Ann Weller"),
        ("Dr. Hana Ruiz, the county's health officer, had a blunt warning for parents on Monday.\n\n"
         "“Measles is back, and it spreads faster than anything we see.”", "Measles is back", "Hana Ruiz"),
        ("Tom Reyes spoke first. Reyes has an explanation for the slump.\n\n“The young players are tired.”",
         "The young players", "Tom Reyes"),
        ("Lena Ford, 54, has a theory about why the mill closed.\n\n“Nobody wanted to pay for the new "
         "machines.”", "Nobody wanted to pay", "Lena Ford"),
        ("Tom Reyes has a favorite line for crowds.\n\n“If you want something done, ask a busy person.”",
         "If you want something done", "Tom Reyes"),
        ("Ann Weller had a one-word answer when asked whether she would run again.\n\n“No.”", "No.", "Ann Weller"),
        ("Council member Ida Hart had a question for the developers.\n\n“Who pays for the new sewer line?”",
         "Who pays for the new", "Ida Hart"),
        ("Gov. Rosa Bell made a bold prediction on Monday.\n\n“We will balance this budget by June.”",
         "We will balance this budget", "Rosa Bell"),
        ("Ann Weller issued a challenge to her opponent.\n\n“Debate me anywhere, any time.”",
         "Debate me anywhere", "Ann Weller"),
        ("Tom Reyes made a vow to the families.\n\n“We will find out what happened to your sons.”",
         "We will find out", "Tom Reyes"),
        ("Mayor Lena Ford opened with a joke.\n\n“I promise this will be shorter than last year's speech.”",
         "I promise this will be", "Lena Ford"),
        ("Tom Reyes ended his remarks with a plea.\n\n“Please, do not close the library.”",
         "Please, do not close", "Tom Reyes"),
        ("Ann Weller was blunt.\n\n“We cannot afford this.”", "We cannot afford this", "Ann Weller"),
        ("Tom Reyes was blunt about the team's chances.\n\n“We are not good enough yet.”",
         "We are not good enough", "Tom Reyes"),
        ("Tom Reyes was more direct.\n\n“We need a new coach.”", "We need a new coach", "Tom Reyes"),
        ("Ann Weller is blunt about her chances.\n\n“I am going to lose, and I know it.”",
         "I am going to lose", "Ann Weller"),
        ("Ann Weller was not impressed.\n\n“Nice words, but where is the money?”", "Nice words", "Ann Weller"),
        ("Ann Weller was having none of it.\n\n“Nice words, but where is the money?”", "Nice words", "Ann Weller"),
        ("Tom Reyes didn't mince words.\n\n“This plan is a disaster for working families.”",
         "This plan is a disaster", "Tom Reyes"),
        ("Tom Reyes, a retired welder, does not mince words.\n\n“The town is dying and nobody in City Hall "
         "cares.”", "The town is dying", "Tom Reyes"),
        ("Tom Reyes didn't hold back.\n\n“This is the worst decision the council has made in a decade.”",
         "This is the worst decision", "Tom Reyes"),
        ("Tom Reyes minced no words.\n\n“It is a scam.”", "It is a scam", "Tom Reyes"),
        ("Ann Weller pulled no punches in her first interview since the election.\n\n"
         "“We lost because we deserved to lose.”", "We lost because we deserved", "Ann Weller"),
        ("Tom Reyes wasted no time.\n\n“We are not good enough yet.”", "We are not good enough", "Tom Reyes"),
        ("Tom Reyes fired back at his critics on Wednesday.\n\n“They have not read the bill.”",
         "They have not read", "Tom Reyes"),
        ("Ann Weller laughed when asked about the rumors.\n\n“I have heard worse from my own children.”",
         "I have heard worse", "Ann Weller"),
        ("Ann Weller laughs when she talks about her first campaign.\n\n“I had no idea what I was doing.”",
         "I had no idea", "Ann Weller"),
        ("Ann Weller gave a short speech. Then Tom Reyes took the microphone.\n\n“I will keep this brief.”",
         "I will keep this brief", "Tom Reyes"),
        ("The mayor struck a defiant tone.\n\n“We are not going anywhere.”", "We are not going anywhere",
         "the mayor"),
        ("Tom Reyes sounded a note of caution.\n\n“It is too early to celebrate.”", "It is too early", "Tom Reyes"),
        ("The health department had a warning for swimmers this weekend.\n\n“Stay out of the water near the "
         "pier until the tests come back.”", "Stay out of the water", "the health department"),
        ("The union had a response ready within the hour.\n\n“Management has chosen confrontation over "
         "compromise.”", "Management has chosen", "the union"),
        ("The coach had a reminder for his players after the loss.\n\n“One game does not make a season.”",
         "One game does not", "the coach"),
        ("The company's chief executive, Ann Weller, had a message for shareholders.\n\n“The worst is behind "
         "us.”", "The worst is behind us", "Ann Weller"),
        ("Tom Reyes shrugged off the criticism.\n\n“They said the same thing last year.”",
         "They said the same thing", "Tom Reyes"),
        ("Tom Reyes shook his head.\n\n“They said the same thing last year.”", "They said the same thing",
         "Tom Reyes"),
        ("Tom Reyes had a different view.\n\n“I would do it again.”", "I would do it again", "Tom Reyes"),
        ("Tom Reyes sees it differently.\n\n“I would do it again.”", "I would do it again", "Tom Reyes"),
        ("Tom Reyes has no regrets.\n\n“I would do it again.”", "I would do it again", "Tom Reyes"),
        ("Tom Reyes remains defiant.\n\n“I would do it again.”", "I would do it again", "Tom Reyes"),
        ("Tom Reyes responded with a question.\n\n“Who paid for the study?”", "Who paid for the study",
         "Tom Reyes"),
        ("Ann Weller spoke to reporters on Monday.\n\nShe was blunt.\n\n“We cannot afford this.”",
         "We cannot afford this", "Ann Weller"),
        ("Ann Weller spoke to reporters on Monday.\n\nShe had a simple message.\n\n“We cannot afford this.”",
         "We cannot afford this", "Ann Weller"),
        ("“We will win,” Tom Reyes said on Monday.\n\nAnn Weller had a different view.\n\n“They will lose by "
         "ten.”", "They will lose by ten", "Ann Weller"),
        ("“We will win,” Tom Reyes said on Monday. His rival, Ann Weller, was less optimistic.\n\n“They will "
         "lose by ten.”", "They will lose by ten", "Ann Weller"),
        ("Ann Weller spoke last. Weller saved her sharpest words for the governor.\n\n“He has failed this "
         "state.”", "He has failed this state", "Ann Weller"),
        ("Ann Weller spoke last. Weller turned to the governor.\n\n“You failed us.”", "You failed us",
         "Ann Weller"),
        ("Rep. Noel Carr was furious.\n\n“This vote is a betrayal.”", "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr, for one, was not amused.\n\n“This vote is a betrayal.”", "This vote is a betrayal",
         "Noel Carr"),
        ("Rep. Noel Carr was in a fighting mood on Friday.\n\n“This vote is a betrayal.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr went further.\n\n“This vote is a betrayal.”", "This vote is a betrayal", "Noel Carr"),
        ("Not everyone was pleased. Rep. Noel Carr was among the critics.\n\n“This vote is a betrayal.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr joined the chorus of critics.\n\n“This vote is a betrayal.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr was asked why the project failed.\n\n“The money ran out.”", "The money ran out",
         "Noel Carr"),
        ("Tom Reyes, the union's president, spoke to reporters outside the plant. He had a simple message.\n\n"
         "“We are not going back to work until they sign.”", "We are not going back", "Tom Reyes"),
        ("Sen. Ann Weller spent the morning in Dayton. The senator was blunt.\n\n“We are losing the suburbs.”",
         "We are losing the suburbs", "Ann Weller"),
    ],
)

#: Channels: a post, a platform, a microphone.
CHANNELS = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Rep. Noel Carr took to Twitter on Friday night.\n\n“This vote is a betrayal of every veteran in my "
         "district.”", "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr took to X on Friday night to blast the vote.\n\n“A betrayal of every veteran in my "
         "district.”", "A betrayal of every", "Noel Carr"),
        ("Ann Weller took to Facebook on Sunday to respond.\n\n“I have never taken a dime from that company.”",
         "I have never taken", "Ann Weller"),
        ("Ann Weller posted on Instagram shortly after the ruling.\n\n“Justice delayed is justice denied.”",
         "Justice delayed", "Ann Weller"),
        ("Rep. Noel Carr posted on Facebook: “This vote is a betrayal of every veteran in my district.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr took to Twitter on Friday night: “This vote is a betrayal of every veteran.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr's tweet on Friday night was short.\n\n“This vote is a betrayal.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Within minutes, Rep. Noel Carr was on Twitter.\n\n“This vote is a betrayal.”",
         "This vote is a betrayal", "Noel Carr"),
        ("Rep. Noel Carr went on Fox News on Sunday to defend the vote.\n\n“Every veteran I talked to supports "
         "this.”", "Every veteran I talked to", "Noel Carr"),
        ("Rep. Noel Carr appeared on CNN on Sunday.\n\n“Every veteran I talked to supports this.”",
         "Every veteran I talked to", "Noel Carr"),
    ],
)

#: A colon after the announcing clause, in the quote's sentence or closing the paragraph before.
COLONS = cases(
    "clause frames around the speaker",
    [
        ("Mayor Ann Weller spoke for an hour. Weller ended her speech with a promise: “I will fight for you, and "
         "I will win for you.”", "I will fight for you", "Ann Weller"),
        ("Tom Reyes spoke last. Reyes ended with a plea: “Do not let them close this school.”",
         "Do not let them close", "Tom Reyes"),
        ("Ann Weller took questions afterwards. Weller began her remarks with a question: “Who here has waited "
         "more than an hour for a bus?”", "Who here has waited", "Ann Weller"),
        ("Tom Reyes spoke first.\n\nReyes ended with a plea:\n\n“Do not let them close this school.”",
         "Do not let them close", "Tom Reyes"),
        ("Senator Ann Weller had a warning for her party: “If we keep ignoring rural voters, we will lose "
         "them for a generation.”", "If we keep ignoring", "Ann Weller"),
        ("Mayor Lena Ford had one piece of advice for residents: “Stay indoors and keep your phones charged.”",
         "Stay indoors", "Lena Ford"),
        ("Tom Reyes didn't mince words: “This plan is a disaster for working families.”",
         "This plan is a disaster", "Tom Reyes"),
        ("Council member Ida Hart had this to say: “We were never consulted, not once.”",
         "We were never consulted", "Ida Hart"),
        ("Ida Hart summed it up: “We were never consulted, not once.”", "We were never consulted", "Ida Hart"),
        ("Tom Reyes had a question for the board: “Where did the money go?”", "Where did the money go",
         "Tom Reyes"),
        ("Asked about the delay, Tom Reyes fired back: “Ask the people who wrote the contract.”",
         "Ask the people", "Tom Reyes"),
        ("The mayor's office issued a reminder to residents on Sunday: “Cars parked on snow routes will be "
         "towed.”", "Cars parked on snow routes", "the mayor's office"),
        ("Ann Weller spoke last. Her message to the governor was simple: “Resign.”", "Resign", "Ann Weller"),
        ("Ann Weller spoke last. Weller's message to the governor was simple: “Resign.”", "Resign",
         "Ann Weller"),
        ("Ann Weller spoke last. Weller's closing line drew the loudest cheer: “We are just getting started.”",
         "We are just getting started", "Ann Weller"),
        ("Ann Weller spoke last. Her closing line drew the loudest cheer: “We are just getting started.”",
         "We are just getting started", "Ann Weller"),
        ("Ann Weller spoke last. Weller didn't sugarcoat it: “We are broke.”", "We are broke", "Ann Weller"),
        ("Ann Weller spoke last. Weller struck a hopeful note: “We will get through this.”",
         "We will get through this", "Ann Weller"),
    ],
)

#: The announcing sentence and the quote in one paragraph, and a possessive noun of saying.
SAME_PARAGRAPH = cases(
    "clause frames around the speaker",
    [
        ("Coach Dale Pruitt had a simple answer for his critics. “Look at the standings.”",
         "Look at the standings", "Dale Pruitt"),
        ("Tom Reyes fired back. “Ask the people who wrote the contract.”", "Ask the people", "Tom Reyes"),
        ("Ann Weller laughed. “I have heard worse from my own children.”", "I have heard worse", "Ann Weller"),
        ("Ann Weller just shrugged. “It is what it is.”", "It is what it is", "Ann Weller"),
        ("Tom Reyes paused, then smiled. “I think the voters already know the answer.”",
         "I think the voters", "Tom Reyes"),
        ("Ida Hart summed it up in four words. “We were never consulted.”", "We were never consulted",
         "Ida Hart"),
        ("Tom Reyes had a plea for the council. “Please, do not close the library.”",
         "Please, do not close", "Tom Reyes"),
        ("Ann Weller had a ready retort. “My opponent has never run anything bigger than a lemonade stand.”",
         "My opponent has never", "Ann Weller"),
        ("Ann Weller's verdict was harsh. “This is the worst budget I have seen in twenty years.”",
         "This is the worst budget", "Ann Weller"),
        ("Ann Weller's reply came quickly.\n\n“I stand by every word.”", "I stand by every word", "Ann Weller"),
        ("Ann Weller's advice to young candidates is simple.\n\n“Knock on every door.”",
         "Knock on every door", "Ann Weller"),
        ("Ann Weller's answer came within minutes. “I stand by every word.”", "I stand by every word",
         "Ann Weller"),
    ],
)

#: Pronouns after a sentence whose subject is no person: the name in its clause of time is who.
CLAUSE_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        ("At the rally, the crowd booed when Reyes mentioned his rival. “She has been wrong on every single "
         "issue,” he told them.", "She has been wrong", "Reyes"),
        ("The room went quiet as Ann Weller stood up. “I have one question for the board,” she said.",
         "I have one question", "Ann Weller"),
        ("The audience cheered when Tom Reyes walked in. “I did not expect this many of you,” he said.",
         "I did not expect", "Tom Reyes"),
        ("Tom Reyes spoke first.\n\nAnn Weller had a warning for the board.\n\n“You will regret this.”",
         "You will regret this", "Ann Weller"),
        ("“We will fight this,” said Ann Weller. Tom Reyes was more cautious.\n\n"
         "“We need to read the ruling first.”", "We need to read the ruling", "Tom Reyes"),
        ("“We are not done,” Ann Weller said. Tom Reyes had a question for her.\n\n"
         "“Where will the money come from?”", "Where will the money", "Tom Reyes"),
        ("Ann Weller was asked about the strike on Monday. She had a one-word answer: “No.”", "No.",
         "Ann Weller"),
    ],
)

#: Negatives: nothing announces words, the words are a thing's, or two people are introduced.
NEGATIVES = cases(
    "when unsure, say less",
    [
        ("Tom Reyes met Ann Weller on Friday.\n\n“Nothing was agreed.”", "Nothing was agreed",
         (None, "Tom Reyes")),
        ("Reyes met Ann Weller on Friday. “We agreed on nothing.”", "We agreed on nothing", (None, "Reyes")),
        ("Tom Reyes smiled and pointed to the sign on the door.\n\n“No refunds.”", "No refunds", None),
        ("The banner above the stage had a simple message.\n\n“Jobs first.”", "Jobs first", None),
        ("Tom Reyes pointed to the banner above the stage. It had a simple message: “Jobs first.”",
         "Jobs first", None),
        ("The headline had a blunt message. “Mayor must go.”", "Mayor must go", None),
        ("Tom Reyes and Ann Weller had harsh words for the plan.\n\n“It will bankrupt the town.”",
         "It will bankrupt", None),
        ("Tom Reyes and Ann Weller were both blunt.\n\n“We are broke.”", "We are broke", None),
        ("The crowd laughed.\n\n“Four more years!”", "Four more years", None),
        ("The crowd had a message for the mayor.\n\n“Resign!”", "Resign", None),
        ("She had a simple message for the graduates.\n\n“Call your mother.”", "Call your mother", None),
        ("“Will you run again?” a reporter asked Ann Weller.\n\nShe laughs.\n\n“Ask me in the spring.”",
         "Ask me in the spring", (None, "Ann Weller")),
        ("Victor Hale was blunt about the party’s chances in the autumn.\n\n"
         "“Nobody expected them to get this far.”\n\n“They are kidding themselves,” rival candidate Joan "
         "Ortiz said.", "Nobody expected them", (None, "Joan Ortiz")),
        ("Ann Weller smiled at Tom Reyes. “Welcome back,” he said.", "Welcome back", (None, "Tom Reyes")),
        ("Tom Reyes had harsh words for the plan. “It will bankrupt the town,” said Ann Weller.\n\n"
         "“They were wrong last time.”", "They were wrong last time", "Ann Weller"),
        ("Tom Reyes had a warning for voters. “Don't trust the polls,” said Ann Weller, his campaign manager."
         "\n\n“They were wrong last time.”", "They were wrong last time", "Ann Weller"),
        ("Tom Reyes read the letter aloud. It had a blunt message for the council.\n\n“Fix the roads or "
         "resign.”", "Fix the roads", (None, "the letter")),
        ("Tom Reyes posted a photo of the sign. It had one line.\n\n“Closed until further notice.”",
         "Closed until further notice", None),
        ("The mayor's office laughed off the report. The report had a blunt verdict.\n\n“The city is broke.”",
         "The city is broke", (None, "the report")),
        ("Tom Reyes shrugged and picked up the newspaper.\n\n“Mill to close by spring.”",
         "Mill to close", None),
        ("Tom Reyes had a message for voters, but Ann Weller had the last word.\n\n“Do not believe the polls.”",
         "Do not believe the polls", (None, "Ann Weller")),
        ("Tom Reyes had a message for voters, but Ann Weller had the last word. “Do not believe the polls.”",
         "Do not believe the polls", (None, "Ann Weller")),
        ("Tom Reyes has a message on his office wall.\n\n“The buck stops here.”", "The buck stops here", None),
        ("Tom Reyes got a message from his daughter.\n\n“Come home, Dad.”", "Come home, Dad", None),
        ("Tom Reyes had a text message from an unknown number.\n\n“We know where you live.”",
         "We know where you live", None),
        ("Tom Reyes had a question from a reporter.\n\n“Will you resign?”", "Will you resign", None),
        ("Tom Reyes got the answer he wanted.\n\n“Yes.”", "Yes.", None),
        ("Tom Reyes had words with the referee.\n\n“You missed it!”", "You missed it", (None, "Tom Reyes")),
        ("Tom Reyes was blunt. Ann Weller was not.\n\n“We will see.”", "We will see", (None, "Ann Weller")),
        ("Rep. Noel Carr was asked to leave the building.\n\n“Out, now.”", "Out, now", None),
        ("“Will you run again?” a reporter asked Ann Weller.\n\nShe was blunt.\n\n“No.”", "No.",
         (None, "Ann Weller")),
        ("“You have ten minutes,” an aide told the mayor.\n\nShe was unimpressed.\n\n“Then let us make them "
         "count.”", "Then let us make them count", (None, "the mayor")),
        ("Ann Weller spoke last. Weller looked straight at the sign.\n\n“No entry.”", "No entry", None),
    ],
)

#: The word handed to someone else, or taken in a clause of time: that person speaks next.
HAND_OVERS = cases(
    "clause frames around the speaker",
    [
        ("Tom Reyes handed Ann Weller the microphone. “Thank you all for coming.”", "Thank you all",
         ("Ann Weller", None)),
        ("Tom Reyes handed Ann Weller the microphone.\n\n“Thank you all for coming.”", "Thank you all",
         "Ann Weller"),
        ("Tom Reyes passed the microphone to Ann Weller.\n\n“Thank you all for coming.”", "Thank you all",
         "Ann Weller"),
        ("Tom Reyes gave the floor to Ann Weller.\n\n“Thank you all for coming.”", "Thank you all",
         "Ann Weller"),
        ("Tom Reyes introduced Ann Weller. “It is an honor to be here.”", "It is an honor",
         ("Ann Weller", None)),
        ("Ann Weller took the microphone from Tom Reyes.\n\n“Thank you all for coming.”", "Thank you all",
         "Ann Weller"),
        ("The crowd fell silent when Ann Weller took the stage. “I know why you are here.”",
         "I know why you are here", "Ann Weller"),
        ("The crowd fell silent when Ann Weller took the stage.\n\n“I know why you are here.”",
         "I know why you are here", "Ann Weller"),
        ("The room went quiet as Tom Reyes rose to speak. “Thank you.”", "Thank you", "Tom Reyes"),
        ("The room went quiet as Tom Reyes spoke. “Thank you.”", "Thank you", "Tom Reyes"),
        ("Tom Reyes waited as Ann Weller took the stage. “Thank you.”", "Thank you", ("Ann Weller", None)),
    ],
)

#: Things that carry words: a quote after the sentence about them is theirs, no one's speech.
TEXT_CARRIERS = cases(
    "when unsure, say less",
    [
        ("Tom Reyes read aloud a letter from a constituent. “Please fix the road before someone dies.”",
         "Please fix the road", (None, "a constituent")),  # the letter's writer (whose18), never the reader
        ("Tom Reyes held up a sign. “Save our school.”", "Save our school", None),
        ("Tom Reyes held up a sign.\n\n“Save our school.”", "Save our school", None),
        ("Tom Reyes pointed at the headline. “Mayor resigns.”", "Mayor resigns", None),
        ("Tom Reyes keeps a note on his desk. “Never give up.”", "Never give up", None),
        ("Tom Reyes wore a T-shirt that day. “Make the rich pay.”", "Make the rich pay", None),
        ("Tom Reyes wrote a letter to the council. “We object to the plan in the strongest terms.”",
         "We object to the plan", ("Tom Reyes", None)),
    ],
)

LEAD18_CASES = [
    *PARAGRAPH_INTRODUCTIONS, *CHANNELS, *COLONS, *SAME_PARAGRAPH, *CLAUSE_SUBJECTS, *NEGATIVES, *HAND_OVERS,
    *TEXT_CARRIERS,
]
