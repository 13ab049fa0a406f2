"""Attribution cases of session 11, round 19 (frames19): words reported through an intermediary or a
reporting frame. Quoting frames: "The Ledger quoted Weller as saying “…”" kept the one quoting, as
the annotated dev pages credit it (the one quoted is accepted too, and shown since session 32:
``attribution_cases_quotedas32``), before or after the quote ('“…,”
Reuters quoted Reyes as saying'); a passive with who quoted and where ("was quoted by Reuters as
saying", "is quoted in the book as telling", "was quoted in the Ledger saying") is the subject's,
also after the quote, never the name ending its by- or in-phrase; nested in another's report
("Weller said the Ledger had quoted Reyes as saying “…”") it is never the reporter's. Sources set
off as an aside between a verb and its quote ("Reyes told reporters, according to a pool report,
“…”", "said, per a translator, that …") or closing the sentence after a verb the quote completes
("Kline told donors “…,” the Ledger reported") leave the verb's subject the speaker, and so do
sources that close it after a plain verb of saying ("Kline told aides “…,” two people who heard the
remarks said"); "A person in the room said Sen. Dan Kline told aides “…”" is Kline's (a title's
period no longer hides the complement's subject). "per" reads as "according to" ("per a statement
from Weller's lawyer"; not "per cent", "$5 per gallon", "Per Olsen"). After "according to his
lawyer," a name with nothing after it but the quote opens the clause, no apposition ("According to
his lawyer, Tom Weller “…”" is the lawyer's). A comma relative "…, who said his client was “…”" is
its antecedent's. A show's title in quotes after "on", "with" or "told" and a network's possessive
("on CBS's “Face the Nation.”", "on Fox News' “…”") is no one's words. Spokespeople ("Kline's
spokeswoman said" is the spokeswoman; "said through a spokesman" is the principal) and anonymous
sources ("a senior official said, speaking on condition of anonymity", "two people familiar with the
matter") as written; "an official briefed on the talks between Reyes and Kline" is the official, not
Kline. Negatives: "Kline denied telling aides “…”" (still Kline), "the Ledger reported that “…”"
(the paper). The agent of a passive of saying speaks ("The Ledger was told by Sen. Dan Kline that
“…”"); "reporters were told “…”" and "told by phone" name no one. A text introduced as someone's "as
provided by her office" stays theirs ("Ana Reyes's remarks, as provided by her office:"). Words in a
recording are the one recorded's ("posted a clip of Tom Weller saying “…”"), a dated remark its
owner's ("Tom Weller's 2019 remark that …"). Invented people; 59 of 159 failed before.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

QUOTING_FRAMES = cases(
    "clause frames around the speaker",
    [
        ("The Ledger quoted Tom Weller as saying “the plant will never reopen under my watch.”",
         "the plant will never reopen", ("the Ledger", "Tom Weller")),
        ("Ana Reyes was quoted by Reuters as saying “the talks have collapsed for good.”",
         "the talks have collapsed", "Ana Reyes"),
        ("“The talks have collapsed for good,” Ana Reyes was quoted by Reuters as saying.",
         "The talks have collapsed", "Ana Reyes"),
        ("“The talks have collapsed,” Ana Reyes is quoted in the book as telling aides.",
         "The talks have collapsed", "Ana Reyes"),
        ("“The talks have collapsed,” Sen. Ana Reyes was quoted by the Ledger on Tuesday as saying.",
         "The talks have collapsed", "Ana Reyes"),
        ("“The talks have collapsed,” the minister was quoted by state media as saying.",
         "The talks have collapsed", "the minister"),
        ("“The talks have collapsed,” Reuters quoted Ana Reyes as saying.",
         "The talks have collapsed", ("Reuters", "Ana Reyes")),
        ("“The talks have collapsed,” the Ledger quoted Sen. Ana Reyes as telling aides.",
         "The talks have collapsed", ("the Ledger", "Ana Reyes")),
        ("Sen. Dan Kline is quoted in the book as telling aides “nobody will remember this in a week.”",
         "nobody will remember this", "Dan Kline"),
        ("In the book, Sen. Dan Kline is quoted as telling aides, “Nobody will remember this.”",
         "Nobody will remember this", "Dan Kline"),
        ("The minister was quoted by state media as saying “the talks have collapsed.”",
         "the talks have collapsed", "the minister"),
        ("Ana Reyes was quoted in the Ledger as saying that “the talks have collapsed.”",
         "the talks have collapsed", "Ana Reyes"),
        ("The book quotes Ana Reyes as telling aides “the plant will never reopen.”",
         "the plant will never reopen", ("the book", "Ana Reyes")),
        # negatives: the quoting frame inside another's report is never the reporter's words
        ("Tom Weller said the Ledger had quoted Ana Reyes as saying “the plant will never reopen.”",
         "the plant will never reopen", ("the Ledger", "Ana Reyes")),
        ("Tom Weller said Ana Reyes was quoted by the Ledger as saying “the plant will never reopen.”",
         "the plant will never reopen", "Ana Reyes"),
        ("Tom Weller said that the Ledger quoted Ana Reyes as saying “the plant will never reopen.”",
         "the plant will never reopen", ("the Ledger", "Ana Reyes")),
        ("Tom Weller noted that the book quotes Ana Reyes as telling aides “the plant will never reopen.”",
         "the plant will never reopen", ("the book", "Ana Reyes")),
        ("Tom Weller complained that the Ledger misquoted him as saying “the plant will never reopen.”",
         "the plant will never reopen", ("the Ledger", None)),
        # negatives: a denial is still the denier's, a paper's report the paper's
        ("Sen. Dan Kline denied telling aides “nobody will remember this in a week.”",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline has denied ever telling aides that “nobody will remember this in a week.”",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline denied that he had told aides “nobody will remember this in a week.”",
         "nobody will remember this", "Dan Kline"),
        ("The Ledger reported that “the plant will close within a year.”",
         "the plant will close", "the Ledger"),
        ("Sen. Dan Kline spoke in Dayton. The Ledger reported that “the plant will close within a year.”",
         "the plant will close", "the Ledger"),
        ("The Ledger reported Tuesday that Sen. Dan Kline had told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("Ana Reyes said the senator had told her, “Nobody will remember this.”",
         "Nobody will remember this", "the senator"),
    ],
)

SOURCE_ASIDES = cases(
    "long material between quote, speaker and verb",
    [
        ("Ana Reyes told reporters, according to a pool report, “We are not going to cave on this.”",
         "We are not going to cave", "Ana Reyes"),
        ("Tom Weller said, according to a transcript released by his office, that “the audit found no missing funds.”",
         "the audit found no missing", "Tom Weller"),
        ("Tom Weller told reporters, according to a pool report, that the talks were “going nowhere fast.”",
         "going nowhere fast", "Tom Weller"),
        ("Ana Reyes said, according to the Ledger, “we will win this state by ten points.”",
         "we will win this state", "Ana Reyes"),
        ("Ana Reyes said on Tuesday, according to the Ledger, “we will win this state by ten points.”",
         "we will win this state", "Ana Reyes"),
        ("Tom Weller said, per a translator, that the server was open, and he had full access to a system that "
         "“was like an open door on the internet.”", "was like an open door", "Tom Weller"),
        ("“We are not going to cave on this,” Ana Reyes told reporters, according to a pool report.",
         "We are not going to cave", "Ana Reyes"),
        ("“We are not going to cave on this,” Sen. Ann Weller said, according to a transcript released by her office.",
         "We are not going to cave", "Ann Weller"),
        ("According to a pool report, Tom Weller told reporters “the talks are going nowhere fast.”",
         "the talks are going nowhere", "Tom Weller"),
        ("According to a transcript released by her office, Ana Reyes told donors “we will win this state by ten points.”",
         "we will win this state", "Ana Reyes"),
        ("“We will win this state by ten points,” Ana Reyes told donors, according to a recording obtained by the Ledger.",
         "We will win this state", "Ana Reyes"),
        ("“The governor is finished,” Kline said, according to a recording of the call reviewed by the Ledger.",
         "The governor is finished", "Kline"),
        ("Sen. Dan Kline, according to two people in the room, told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline told aides, according to two people who were in the room, that “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("“Nobody will remember this,” Sen. Dan Kline told aides, according to two people who were in the room.",
         "Nobody will remember this", "Dan Kline"),
        # the source after the quote names who reported it; the verb the quote completes, who said it
        ("Dan Kline told donors “the governor is finished,” the Ledger reported.",
         "the governor is finished", "Dan Kline"),
        ("Dan Kline told donors that “the governor is finished,” according to the Ledger.",
         "the governor is finished", "Dan Kline"),
        ("Dan Kline said “the governor is finished,” according to a pool report.",
         "the governor is finished", "Dan Kline"),
        ("Dan Kline said “the governor is finished,” per a pool report.",
         "the governor is finished", "Dan Kline"),
        ("Dan Kline told the Ledger that “the governor is finished,” the paper reported.",
         "the governor is finished", "Dan Kline"),
        ("“The governor is finished,” Dan Kline told donors, the Ledger reported.",
         "The governor is finished", "Dan Kline"),
        # negatives: a description's opinion keeps its source; a label keeps the report
        ("Voters say they want “a governor who listens to them,” according to a poll released Tuesday.",
         "a governor who listens", "a poll"),
        ("Dan Kline called the governor “finished in this state and everywhere else,” the Ledger reported.",
         "finished in this state", ("the Ledger", "Dan Kline")),
        ("In remarks first reported by the Ledger, Dan Kline said “the governor has lost control of his party.”",
         "the governor has lost control", "Dan Kline"),
        ("“The governor is finished,” Dan Kline told donors, in remarks first reported by the Ledger.",
         "The governor is finished", "Dan Kline"),
        ("“The governor has lost control of his party,” Ann Weller told The Post in a phone interview Tuesday.",
         "The governor has lost control", "Ann Weller"),
    ],
)

STATEMENTS_AND_PER = cases(
    "organisations, documents and groups",
    [
        ("Tom Weller denied wrongdoing, per a statement from Weller's lawyer: “My client has done nothing wrong.”",
         "My client has done nothing", ("a statement from Weller's lawyer", "Weller's lawyer")),
        ("“My client has done nothing wrong,” per a statement from Weller's lawyer.",
         "My client has done nothing", ("a statement from Weller's lawyer", "Weller's lawyer")),
        ("“We take these concerns seriously,” per a company statement.",
         "We take these concerns", "a company statement"),
        ("The company “takes these concerns seriously,” per a statement.",
         "takes these concerns", ("a statement", "the company")),
        ("Ana Reyes said, per a pool report, that the talks were “going nowhere fast.”",
         "going nowhere fast", "Ana Reyes"),
        ("Per a statement from his lawyer, Tom Weller “has done nothing wrong.”",
         "has done nothing wrong", ("a statement from his lawyer", "his lawyer")),
        ("Per his lawyer, Tom Weller “has done nothing wrong.”",
         "has done nothing wrong", "his lawyer"),
        ("According to his lawyer, Tom Weller “has done nothing wrong.”",
         "has done nothing wrong", "his lawyer"),
        ("According to a statement from his lawyer, Tom Weller “has done nothing wrong.”",
         "has done nothing wrong", ("a statement from his lawyer", "his lawyer")),
        ("According to his lawyer, Dan Ruiz, the mayor “has done nothing wrong.”",
         "has done nothing wrong", "Dan Ruiz"),
        ("According to a spokeswoman, Ana Diaz, the senator is “focused on the work of the people.”",
         "focused on the work", "Ana Diaz"),
        ("“My client has done nothing wrong,” according to a statement from Tom Weller's lawyer.",
         "My client has done nothing", ("a statement from Tom Weller's lawyer", "Tom Weller's lawyer")),
        # negatives: "per" as a rate or a given name
        ("Prices rose 5 per cent, and Ana Reyes said “we take these concerns seriously.”",
         "we take these concerns", "Ana Reyes"),
        ("Per Olsen, the minister, said “we take these concerns seriously.”",
         "we take these concerns", "Per Olsen"),
        ("“We take these concerns seriously,” said Per Olsen, the minister.",
         "We take these concerns", "Per Olsen"),
        ("Gas costs $5 per gallon, and Ana Reyes said it was “a crisis for working families.”",
         "a crisis for working families", "Ana Reyes"),
        ("Ana Reyes said the fee was $5 per the hour, “a fair price for everyone.”",
         "a fair price for everyone", "Ana Reyes"),
        ("Per the agreement, the company “must pay every worker by Friday.”", "must pay every worker", "the agreement"),
        ("“We take these concerns seriously,” per Reuters.", "We take these concerns", ("Reuters", None)),
        # statements released by someone are that someone's
        ("“I am honored to serve,” said Ana Reyes in a statement released by her office.",
         "I am honored to serve", "Ana Reyes"),
        ("In a statement released by her campaign, Ana Reyes said: “I am honored to serve.”",
         "I am honored to serve", "Ana Reyes"),
        ("A statement released by Ana Reyes's office said she was “honored to serve.”",
         "honored to serve", ("a statement released by Ana Reyes's office", "Ana Reyes's office")),
        ("Ana Reyes's office released a statement saying she was “honored to serve.”",
         "honored to serve", "Ana Reyes's office"),
        ("Tom Weller said in a statement released by his campaign that “the attacks are false and desperate.”",
         "the attacks are false", "Tom Weller"),
        ("“I am deeply sorry for the pain this has caused,” Tom Weller said in a statement released by his campaign.",
         "I am deeply sorry", "Tom Weller"),
    ],
)

SPOKESPEOPLE = cases(
    "pronouns and role nouns",
    [
        ("“We have no comment on the investigation,” a spokeswoman for Sen. Dan Kline, Ana Diaz, said.",
         "We have no comment", "Ana Diaz"),
        ("Sen. Dan Kline was in Ohio. “We have no comment on the investigation,” Kline's spokeswoman said.",
         "We have no comment", "Kline's spokeswoman"),
        ("Tom Weller said through a spokesman that he was “deeply sorry for the pain this has caused.”",
         "deeply sorry for the pain", "Tom Weller"),
        ("“I have no plans to resign,” Sen. Dan Kline said through a spokeswoman.",
         "I have no plans to resign", "Dan Kline"),
        ("Sen. Dan Kline, through a spokeswoman, said he had “no plans to resign.”",
         "no plans to resign", "Dan Kline"),
        ("Through her spokesman, Gov. Ana Reyes said she was “weighing all her options.”",
         "weighing all her options", "Ana Reyes"),
        ("Gov. Ana Reyes, through a spokesman, declined to comment. “We are weighing all our options,” the "
         "spokesman, Dan Ruiz, said.", "We are weighing all our options", "Dan Ruiz"),
        ("Gov. Ana Reyes has not commented.\n\n“The governor is weighing all her options right now,” a spokesman said.",
         "The governor is weighing", "a spokesman"),
        ("Gov. Ana Reyes has not commented.\n\n“She is weighing all her options right now,” Reyes's spokesman said.",
         "She is weighing all her options", "Reyes's spokesman"),
        ("Gov. Ana Reyes has not commented. A Reyes spokesman said she was “weighing all her options.”",
         "weighing all her options", "a Reyes spokesman"),
        ("Gov. Ana Reyes has not commented. Reyes spokesman Dan Ruiz said she was “weighing all her options.”",
         "weighing all her options", "Dan Ruiz"),
        ("“She is weighing all her options,” a spokesman for Gov. Ana Reyes said Tuesday.",
         "She is weighing all her options", ("a spokesman", "a spokesman for Gov. Ana Reyes")),
        ("Tom Weller pleaded not guilty on Monday. “My client is innocent of every charge,” his lawyer said.",
         "My client is innocent", "his lawyer"),
        ("Tom Weller pleaded not guilty on Monday. “My client is innocent of every charge,” his lawyer, Dan Ruiz, said.",
         "My client is innocent", "Dan Ruiz"),
        # a comma relative after the intermediary: its own words, not the principal's
        ("Tom Weller pleaded not guilty, according to his lawyer, who said his client was “innocent of every charge.”",
         "innocent of every charge", "his lawyer"),
        ("Tom Weller spoke with his lawyer, who said his client was “innocent of every charge.”",
         "innocent of every charge", "his lawyer"),
        ("Tom Weller hired Dan Ruiz, who told reporters that his client was “innocent of every charge.”",
         "innocent of every charge", "Dan Ruiz"),
    ],
)

ANONYMOUS_SOURCES = cases(
    "when unsure, say less",
    [
        ("“We are close to a deal but not there yet,” a senior official said, speaking on condition of anonymity "
         "to discuss private talks.", "We are close to a deal", "a senior official"),
        ("“We are close to a deal,” a senior official said, speaking on condition of anonymity to discuss Dan "
         "Kline's private talks with Ana Reyes.", "We are close to a deal", "a senior official"),
        ("“We are close to a deal but not there yet,” one aide said.", "We are close to a deal", "one aide"),
        ("Sources told the Ledger that “the deal is close but not done.”", "the deal is close", "sources"),
        ("“The deal is close but not done,” two people familiar with the matter said.",
         "The deal is close", "two people familiar with the matter"),
        ("An official briefed on the talks between Ana Reyes and Dan Kline said the deal was “close to done.”",
         "close to done", ("an official", "an official briefed on the talks between Ana Reyes and Dan Kline")),
        ("“The deal is close to done,” said an official briefed on the talks between Ana Reyes and Dan Kline.",
         "The deal is close to done", "an official"),
        ("“We are close to a deal,” one aide to Sen. Dan Kline said.", "We are close to a deal", "one aide"),
        ("Sen. Dan Kline met with his staff on Tuesday.\n\n“He was furious, and everyone in the room knew it,” one aide said.",
         "He was furious", "one aide"),
        ("“The senator was furious,” said a person familiar with the meeting, who spoke on condition of anonymity "
         "because the meeting was private.", "The senator was furious", "a person familiar with the meeting"),
        ("A senior official, who spoke on condition of anonymity because Sen. Dan Kline had not approved the "
         "release, said “the deal is close to done.”", "the deal is close to done", "a senior official"),
        ("“The deal is close to done,” sources close to Sen. Dan Kline told the Ledger.",
         "The deal is close to done", "sources close to Sen. Dan Kline"),
        ("“The deal is close to done,” a person familiar with Dan Kline's thinking said.",
         "The deal is close to done", "a person familiar with Dan Kline's thinking"),
        ("“The deal is close to done,” an official with knowledge of Ana Reyes's plans told reporters.",
         "The deal is close to done", "an official"),
        # a show's title in quotes is no one's words; the interview's words stay the speaker's
        ("“The governor has lost control of his party,” Ana Reyes said in an interview that aired Sunday on "
         "CBS's “Face the Nation.”", "Face the Nation", None),
        ("“The governor has lost control of his party,” Ana Reyes said in an interview that aired Sunday on "
         "CBS's “Face the Nation.”", "The governor has lost control", "Ana Reyes"),
        ("“We will win this state by ten points,” Ana Reyes told NBC's Ann Roe on “Meet the Press.”",
         "Meet the Press", None),
        ("“We will win this state by ten points,” Ana Reyes told NBC's Ann Roe on “Meet the Press.”",
         "We will win this state", "Ana Reyes"),
        ("Ana Reyes said in an interview that aired Sunday on “Meet the Press With Chuck Todd” that the state was "
         "“ours to lose.”", "ours to lose", "Ana Reyes"),
        ("Ana Reyes said on CBS's “Face the Nation” that “we will win this state by ten points.”",
         "we will win this state", "Ana Reyes"),
        ("Speaking to CBS's Ann Roe on “Face the Nation,” Ana Reyes said “we will win this state by ten points.”",
         "we will win this state", "Ana Reyes"),
    ],
)

MORE_FRAMES = cases(
    "clause frames around the speaker",
    [
        # a passive quoting frame without "as": the subject, not the name ending its by- or in-phrase
        ("“The talks have collapsed,” Ana Reyes was quoted saying.", "The talks have collapsed", "Ana Reyes"),
        ("“The talks have collapsed,” Ana Reyes was quoted by Reuters saying.", "The talks have collapsed", "Ana Reyes"),
        ("Ana Reyes was quoted in the Ledger saying “the talks have collapsed.”", "the talks have collapsed", "Ana Reyes"),
        ("Ana Reyes was quoted by Tom Weller saying “the talks have collapsed.”", "the talks have collapsed", "Ana Reyes"),
        ("Ana Reyes was quoted by Tom Weller as saying “the talks have collapsed.”", "the talks have collapsed", "Ana Reyes"),
        # a show after a network's bare possessive; a show's name in apposition to its noun
        ("“We will win this state,” Ana Reyes said during an appearance on Fox News' “Sunday Morning Futures.”",
         "Sunday Morning Futures", None),
        ("Ana Reyes said in an interview with the Ledger's podcast, “The Daily Ledger,” that she was “ready to run.”",
         "ready to run", "Ana Reyes"),
        # the spokesperson goes on as "she" / "the spokeswoman", never as the principal
        ("Sen. Dan Kline did not attend. His spokeswoman said he was “recovering at home.”\n\n“He expects to be "
         "back next week,” she said.", "He expects to be back", "His spokeswoman"),
        ("Sen. Dan Kline said through a spokeswoman that he was “recovering at home.”\n\n“He expects to be back "
         "next week,” the spokeswoman said.", "He expects to be back", "the spokeswoman"),
        # a paper citing its sources keeps what it reports; the one it reports on keeps their words
        ("The Ledger, citing two aides, reported that Sen. Dan Kline had said “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("“The senator is furious with his staff,” the Ledger reported, citing two aides.",
         "The senator is furious", "the Ledger"),
        ("Sen. Dan Kline was “furious with his staff,” according to two aides.", "furious with his staff", "two aides"),
        ("Sen. Dan Kline disputed the account, saying he never told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        # the words of one whom the sentence's sources report on (a title's period inside the name)
        ("A person in the room said Sen. Dan Kline told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("Two people who heard the remarks said Sen. Dan Kline had told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("One attendee recalled Sen. Dan Kline saying “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("According to people familiar with the matter, Sen. Dan Kline told aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline told aides “nobody will remember this,” two people who heard the remarks said.",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline told aides that “nobody will remember this,” a person in the room said.",
         "nobody will remember this", "Dan Kline"),
        ("Sen. Dan Kline said at a closed-door meeting that “nobody will remember this,” according to an audio "
         "recording obtained by the Ledger.", "nobody will remember this", "Dan Kline"),
        # negative: a verb outside plain reporting keeps the outer cue the pages credit
        ("Sen. Dan Kline warned aides that “nobody will remember this,” a person in the room said.",
         "nobody will remember this", ("a person", "Dan Kline")),
        ("In a video posted online, Sen. Dan Kline is seen telling aides “nobody will remember this.”",
         "nobody will remember this", "Dan Kline"),
    ],
)

PASSIVE_AGENTS = cases(
    "clause frames around the speaker",
    [
        # the agent of a passive of saying spoke; listeners alone name no one
        ("The Ledger was told by Sen. Dan Kline that the bill was “dead on arrival.”", "dead on arrival", "Dan Kline"),
        ("Reporters were told by a spokesman that the senator was “recovering at home.”",
         "recovering at home", "a spokesman"),
        ("“The bill is dead on arrival,” the Ledger was told by Sen. Dan Kline.", "The bill is dead on arrival", "Dan Kline"),
        ("“The bill is dead on arrival,” reporters were told by a spokesman on Tuesday.",
         "The bill is dead on arrival", "a spokesman"),
        ("Residents were told by the county health department that the water was “safe to drink.”",
         "safe to drink", "the county health department"),
        ("“The bill is dead on arrival,” reporters were told.", "The bill is dead on arrival", None),
        ("Residents were told by phone that the water was “safe to drink.”", "safe to drink", None),
        ("Residents were told by the end of the week that the water was “safe to drink.”", "safe to drink", None),
        ("Reporters were told “the senator is recovering at home.”", "the senator is recovering", None),
    ],
)

PASSED_ON_TEXTS = cases(
    "organisations, documents and groups",
    [
        # a text introduced as someone's, "as provided by" whoever passed it on: still theirs
        ("Ana Reyes's remarks, as provided by her office:\n\n“We will win this state by ten points, and everyone "
         "knows it.”", "We will win this state", "Ana Reyes"),
        ("Ana Reyes's remarks, as provided by her office: “We will win this state by ten points, and everyone "
         "knows it.”", "We will win this state", "Ana Reyes"),
        ("Ana Reyes's full statement, as released by her campaign: “We will win this state by ten points.”",
         "We will win this state", "Ana Reyes"),
        ("Ana Reyes's remarks, as transcribed by the Ledger:\n\n“We will win this state by ten points.”",
         "We will win this state", "Ana Reyes"),
        ("The following are Ana Reyes's remarks, as provided by her office:\n\n“We will win this state by ten "
         "points.”", "We will win this state", "Ana Reyes"),
        ("Here is what Ana Reyes told the Ledger in a phone interview:\n\n“We will win this state by ten points.”",
         "We will win this state", "Ana Reyes"),
        ("According to a transcript provided by her office, Ana Reyes told the crowd:\n\n“We will win this state "
         "by ten points.”", "We will win this state", "Ana Reyes"),
    ],
)

RECORDED_WORDS = cases(
    "clause frames around the speaker",
    [
        # words heard in a recording or pointed to in a dated remark are the one recorded's
        ("Ana Reyes posted a clip of Tom Weller saying “the plant will never reopen.”",
         "the plant will never reopen", "Tom Weller"),
        ("Ana Reyes posted video from 2019 of the mayor telling workers “the plant will never reopen.”",
         "the plant will never reopen", "the mayor"),
        ("Ana Reyes played a recording of Tom Weller saying “the plant will never reopen.”",
         "the plant will never reopen", "Tom Weller"),
        ("Ana Reyes pointed to Tom Weller's 2019 remark that the plant would “never reopen.”",
         "never reopen", "Tom Weller"),
        ("Ana Reyes cited a 2019 interview in which Tom Weller said “the plant will never reopen.”",
         "the plant will never reopen", "Tom Weller"),
        # negatives: one's own clip, a clip of a thing
        ("Ana Reyes posted a clip of herself saying “the plant will reopen.”", "the plant will reopen", "Ana Reyes"),
        ("Ana Reyes posted a clip of the rally, saying “this is what democracy looks like.”",
         "this is what democracy looks like", "Ana Reyes"),
    ],
)

FRAMES19_CASES = [
    *RECORDED_WORDS,
    *PASSED_ON_TEXTS,
    *PASSIVE_AGENTS,
    *QUOTING_FRAMES,
    *MORE_FRAMES,
    *SOURCE_ASIDES,
    *STATEMENTS_AND_PER,
    *SPOKESPEOPLE,
    *ANONYMOUS_SOURCES,
]
