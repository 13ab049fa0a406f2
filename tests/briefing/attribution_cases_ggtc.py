"""Attribution cases of round 21 (GGT continuations): how a quote with no speaker words of its own
inherits one from the paragraphs around it. Invented people and wording.

A quote-only paragraph between a paragraph that reports a named person's words ('Tessa Morrow
admits the clinic was slow to react.') and one that opens on a new source ('According to the
ministry, …') is the reported person's: the "according to" brings in the next claim. When the next
paragraph's own speech verb names someone else, neither is sure; and an "according to" set against
a second source in its sentence ('…, but Morrow says …') hands the quote before it to neither.

A quote-only paragraph two paragraphs after an attributed quote goes on with its speaker's turn
when the paragraph between only tells more about that speaker ('Still, even with her pension,
Kowal lost a third of her income.') or gives background naming nobody ('The drug cut recovery
time by a third.'); not when it brings in anyone else (a name, a he of a "she" speaker, a
person's, group's or organisation's noun, a speech verb, a question).

A quote standing as its own sentence after a sentence about a person is that person's; a time
adverbial set off before the subject ("Early on, he …", "Years later, she …", "Late in his
career, he …") hid the subject (or was read as a name, "Early", "Years"), and a short phrase quoted
inside that sentence ('became “painfully aware” of the risks') kept the lone quote after it from
being read so.

A possessive noun of saying and a colon that gives the gist of the words in the writer's own
('Her message now is simple: don't share prescriptions.') hands the quote after it to the owner,
as the same colon right before the quote does; "now" before the copula no longer hides the owner.
An owner that cannot speak ('The sign's message was simple: keep out.') hands on nothing.

A clause after "but" with a subject and a speech verb of its own ('waits fell but Tessa Morrow
says …', 'The mayor wanted a vote but the council said “…”') is that subject's, as after "and"
(the comma before "but" is often left out; the first clause's subject spoke nothing).

A quote-only paragraph that speaks in the first person after a paragraph about one named person,
who is the subject of its last sentence ('Kim Oduya, 34, has lived on the street for a decade.'),
is that person's even when the predicate announces no words; not when the paragraph names anyone
else, the predicate brings in other people ('met Ann Weller', 'visited her mother', him, them), two
people are the subject, the quote does not speak for itself, or the next paragraph opens on
someone else's quote.

'“A,” says Vell. “B.” Brandauer did not need much coaxing. “C.”': a sentence between two quotes
whose subject is someone new hands C to them; a one-word name counted only when the article had
written it in full, so a person first named in a possessive before a work's title ('Ilse
Brandauer’s Open Field') lost C to Vell (a wrong name). A capital the body also writes
mid-sentence ('asked Brandauer to return') is a name too.

A quote-only paragraph right after a question put to a named person ('“Will you run again?” a
reporter asked Ann Weller.' / '“Not this year.”') is that person's answer; not when it is a
question itself, the one asked is no name ('asked the mayor'), or the next paragraph opens on
someone else's quote.

A reaction to a thing announces words as a manner of speaking does ('Tom Reyes, who sued the city,
welcomed the ruling.' / '“This is a win …”', 'Ada Moss condemned the closure.'); not one to people
('Tom Reyes welcomed the visitors at the door.' / '“We drove six hours …”': the visitors may speak),
whose nouns the person-noun lexicon partly lacked (visitors, guests, children, family …).
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

BETWEEN_TWO_SOURCES = cases(
    "when unsure, say less",
    [
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nAccording to the health ministry, the service met its "
         "targets last year.", "We should have seen", "Tessa Morrow"),
        ("Clinic director Omar Haddad concedes that two patients were sent home too early.\n\n“I can't "
         "say it changed the outcome, but nobody can say it didn't.”\n\nAccording to the regional "
         "authority, discharge rules were followed in both cases.", "I can't say it changed",
         "Omar Haddad"),
        ("Coach Lena Brandt says her players were exhausted by the third period.\n\n“Three games in "
         "four nights is too much for anyone.”\n\nAccording to league data, the team has played more "
         "road games than any other this season.", "Three games in four nights", "Lena Brandt"),
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nMorrow said the union would ask for more crews.",
         "We should have seen", "Tessa Morrow"),
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nThe health ministry said the service met its targets last "
         "year.", "We should have seen", (None, "Tessa Morrow")),
        ("Waits for an ambulance have grown every winter.\n\n“We are seeing waits of an hour in some "
         "towns.”\n\nAccording to the union, response times have doubled since 2015.",
         "We are seeing waits", ("the union", None)),
        ("“We should have seen it coming, and we didn't.”\n\nAccording to the ministry, the service met "
         "its targets last year, but Tessa Morrow says crews see it differently.", "We should have seen",
         None),
        ("Waits for a bed have grown.\n\n“People sleep in the hallway for two nights.”\n\nAccording to "
         "the hospital, occupancy fell last year while the nurses' union insists it rose.",
         "People sleep in the hallway", None),
        ("“People sleep in the hallway for two nights.”\n\nAccording to the hospital, occupancy fell "
         "last year while the new wing was being built.", "People sleep in the hallway",
         ("the hospital", None)),
    ],
)

PARAGRAPH_ABOUT_THE_SPEAKER = cases(
    "pronouns and role nouns",
    [
        ("Marta Kowal taught grade four for 20 years.\n\n“I was lucky because my union had a good plan,” "
         "she said. “Most people I meet are not so lucky.”\n\nStill, even with her pension, Kowal lost about "
         "a third of her income when she left teaching. And there was the emotional cost too.\n\n“It took "
         "me a year to accept that I would never go back to the classroom.”", "It took me a year",
         "Marta Kowal"),
        ("“We lost the farm in the spring,” said Rolf Abend, 61. “There was nothing left to sell.”\n\n"
         "Abend had farmed the same land for 40 years. He sold the last of the cattle in March.\n\n“I "
         "still drive past it some mornings, just to look.”", "I still drive past", "Rolf Abend"),
        ("“Three years later, survivors earned far less than before,” said Dr. Henrik Dahl, who led the "
         "study.\n\n“The losses ranged from eight to 30 per cent.”\n\nThe financial blow from a stroke was "
         "the largest of the three conditions studied.\n\n“On average, stroke survivors lost about a third "
         "of their income.”", "On average, stroke", "Henrik Dahl"),
        ("“The trial showed a clear benefit,” said Dr. Ines Carvalho.\n\nThe drug cut recovery time by a "
         "third in the study, which ran for two years.\n\n“For the sickest patients, the effect was even "
         "larger.”", "For the sickest patients", "Ines Carvalho"),
        ("Nadia Sorel has run the shelter since 2009.\n\n“Every bed was full last night,” she said. “We "
         "turned away eleven people.”\n\nSorel has not seen a new bed funded in five years.\n\n“We "
         "cannot keep doing this on goodwill alone.”", "We cannot keep doing", "Nadia Sorel"),
    ],
)

PARAGRAPH_ABOUT_SOMEONE_ELSE = cases(
    "when unsure, say less",
    [
        ("“We lost the farm in the spring,” said Rolf Abend, 61.\n\nHis neighbour, Gus Tiller, bought the "
         "land at auction.\n\n“I still drive past it some mornings, just to look.”", "I still drive past",
         None),
        ("“We lost the farm in the spring,” said Rolf Abend, 61.\n\nAbend and his wife moved to town in "
         "June.\n\n“I still drive past it some mornings, just to look.”", "I still drive past",
         (None, "Rolf Abend")),
        ("“The trial showed a clear benefit,” said Dr. Ines Carvalho.\n\nOther researchers were more "
         "cautious about the results.\n\n“For the sickest patients, the effect was not clear at all.”",
         "For the sickest patients", None),
        ("“The trial showed a clear benefit,” said Dr. Ines Carvalho.\n\nThe company that makes the drug "
         "said it would seek approval this year.\n\n“For the sickest patients, the effect was even "
         "larger.”", "For the sickest patients", None),
        ("Dr. Ines Carvalho led the trial.\n\n“The trial showed a clear benefit,” she said.\n\nThe drug "
         "cut recovery time by a third, and he hopes to test it in children.\n\n“For the sickest patients, "
         "the effect was even larger.”", "For the sickest patients", None),
        ("“We lost the farm in the spring,” said Rolf Abend, 61.\n\nThe bank, which held the mortgage, "
         "sold the land at auction in May.\n\n“We had no choice under the terms of the loan.”",
         "We had no choice", None),
        ("“We lost the farm in the spring,” said Rolf Abend, 61.\n\nIs there a way back? Not for "
         "now.\n\n“I still drive past it some mornings, just to look.”", "I still drive past",
         (None, "Rolf Abend")),
        ("“We lost the farm in the spring,” Rolf Abend said.\n\nShe had farmed the same land for 40 "
         "years.\n\n“I still drive past it some mornings, just to look.”", "I still drive past", None),
        ("“We lost the farm in the spring,” said Rolf Abend, 61.\n\nGuests at the auction paid less than "
         "half the asking price.\n\n“We got a bargain, and we know it.”", "We got a bargain", None),
    ],
)

TIME_ADVERBIAL_BEFORE_THE_SUBJECT = cases(
    "clause frames around the speaker",
    [
        ("Dr. Omar Reese says he stumbled into addiction medicine.\n\nBut early on, he lost several "
         "patients to overdoses and became “painfully aware” of the risks. “When somebody young dies, you "
         "never forget it.”", "When somebody young dies", "Omar Reese"),
        ("Dr. Omar Reese says he stumbled into addiction medicine.\n\nEarly on, he lost several patients "
         "to overdoses. “When somebody young dies, you never forget it.”", "When somebody young dies",
         "Omar Reese"),
        ("Lena Okafor ran the food bank for a decade.\n\nYears later, she still remembers the first "
         "winter. “We had nothing on the shelves but canned corn.”", "We had nothing on the shelves",
         "Lena Okafor"),
        ("Councillor Raj Mehta voted against the budget.\n\nTwo weeks earlier, he had warned the board it "
         "was “built on sand.” “You cannot balance a budget with wishful thinking.”",
         "You cannot balance a budget", "Raj Mehta"),
        ("Tomas Brandt coached the team for 30 years.\n\nLate in his career, he grew tired of the travel. "
         "“You spend half your life on a bus.”", "You spend half your life", "Tomas Brandt"),
        ("Dr. Omar Reese says he stumbled into addiction medicine.\n\nEarly on, the clinic was known as “the "
         "last stop.” “Nobody could keep that pace for long.”", "Nobody could keep", None),
        ("The deal closed in 2009.\n\nYears later, the contract is still known as the “quiet deal.” "
         "“Nobody ever saw the contract.”", "Nobody ever saw", None),
        ("Dr. Omar Reese runs the clinic.\n\nEarly on, the board and the staff were “deeply worried” about "
         "the pace. “Nobody could keep that up for long.”", "Nobody could keep", None),
        ("“We will appeal the ruling,” said the team's lawyer, Rob Early.\n\nEarly, 54, has argued the case "
         "for six years. “The league never gave us a fair hearing.”", "The league never gave",
         "Rob Early"),
    ],
)

GIST_AFTER_A_POSSESSIVE_INTRODUCTION = cases(
    "organisations, documents and groups",
    [
        ("Wendy Hale now lives in a small house outside town with two dogs.\n\nHer message now is simple: "
         "don't share your prescriptions.\n\n“You don't know what that person took earlier. The "
         "combination can be lethal.”", "You don't know what", "Wendy Hale"),
        ("Wendy Hale now lives in a small house outside town with two dogs.\n\nHer message now is simple: "
         "“You don't know what that person took earlier.”", "You don't know what", "Wendy Hale"),
        ("The ministry's advice to parents is clear: keep sick children at home.\n\n“A child with a fever "
         "should not be in a classroom.”", "A child with a fever", "the ministry"),
        ("Coach Ray Dunn watched the tape twice.\n\nHis verdict, though, was short: the defence let the "
         "team down.\n\n“We gave them three easy goals and you can't win like that.”",
         "We gave them three easy goals", "Ray Dunn"),
        ("Ann Weller and Tom Reyes met on Friday.\n\nHer message to him was simple: sign the deal.\n\n“We "
         "have waited long enough.”", "We have waited", "Ann Weller"),
        ("The sign's message was simple: keep out.\n\n“You don't know what is behind that fence.”",
         "You don't know what", None),
        ("The storm hit the coast overnight.\n\nThe forecast for Sunday is grim: more rain and wind.\n\n"
         "“We expect flooding in low-lying areas.”", "We expect flooding", None),
    ],
)

BUT_CLAUSE_SUBJECT = cases(
    "clause frames around the speaker",
    [
        ("The clinic met its targets last year.\n\nAccording to the ministry, waits fell last year but "
         "Tessa Morrow says that is not what nurses see.\n\n“In the north, people wait three hours for a "
         "bed.”", "In the north, people wait", "Tessa Morrow"),
        ("The mayor wanted a vote in June but the council said “there is no rush at all.”",
         "there is no rush", "the council"),
        ("The company promised new jobs but workers at the plant say they have “heard it all before, many "
         "times.”", "heard it all before", ("workers", "workers at the plant")),
        ("Tom Rees laughed but said “the numbers do not lie, whatever the critics think.”",
         "the numbers do not lie", "Tom Rees"),
        ("The board approved the plan but union leader Ada Moss warned that “this will cost jobs by the "
         "hundred.”", "this will cost jobs", "Ada Moss"),
        ("Not only the mayor but also the council called the plan “a waste of public money.”",
         "a waste of public money", (None, "the council")),
    ],
)

INTRODUCED_THEN_SPEAKING = cases(
    "pronouns and role nouns",
    [
        ("Kim Oduya, 34, has lived on the street for a decade.\n\n“Nobody sees you out here. People walk "
         "past me like I am a lamppost.”", "Nobody sees you", "Kim Oduya"),
        ("Kim Oduya, a nurse at the city hospital, has seen the change first-hand.\n\n“Ten years ago we had "
         "two overdoses a month. Now we have two a night.”", "Ten years ago we had", "Kim Oduya"),
        ("Kim Oduya knows the numbers well.\n\n“Ten years ago we had two overdoses a month.”",
         "Ten years ago we had", "Kim Oduya"),
        ("Paramedic Joe Lanz worries about the summer.\n\n“When the heat comes, our calls double.”",
         "When the heat comes", "Joe Lanz"),
        ("Kim Oduya now lives in a small apartment. She volunteers at the shelter twice a week.\n\n“I know "
         "what it's like to have nowhere to go.”", "I know what it's like", "Kim Oduya"),
    ],
)

INTRODUCED_WITH_OTHERS = cases(
    "when unsure, say less",
    [
        ("Kim Oduya, 34, has lived on the street for a decade. Her brother, Sam, found her a room last "
         "year.\n\n“Nobody sees you out here. People walk past me like I am a lamppost.”",
         "Nobody sees you", None),
        ("Joe Lanz and Ada Fry both worked the night shift.\n\n“When the heat comes, our calls double.”",
         "When the heat comes", None),
        ("Mayor Tom Reyes met Ann Weller on Friday.\n\n“We agreed on nothing at all.”", "We agreed on",
         None),
        ("Kim Oduya knows the numbers well.\n\n“Ten years ago there were two overdoses a month.”",
         "Ten years ago there were", None),
        ("Kim Oduya knows the numbers well.\n\n“Ten years ago we had two overdoses a month.”\n\n“It's "
         "worse than that,” said her colleague Dan Ruiz.", "Ten years ago we had", (None, "Dan Ruiz")),
        ("Kim Oduya visited her mother in the hospital every day.\n\n“I know what it's like to have "
         "nowhere to go.”", "I know what it's like", None),
        ("Kim Oduya held up a sign outside city hall.\n\n“We want our shelter back.”", "We want our",
         None),
        ("Sam Ruiz runs the shelter. Kim Oduya has lived there for a year.\n\n“I know what it's like to "
         "have nowhere to go.”", "I know what it's like", None),
        ("Ada Moss found a voicemail from her landlord on Monday.\n\n“We need the unit back by the end of "
         "the month.”", "We need the unit back", None),
        ("Ada Moss keeps an old letter in her desk drawer.\n\n“I will always be proud of what we built.”",
         "I will always be proud", None),
    ],
)

NEWCOMER_NAMED_MID_SENTENCE = cases(
    "pronouns and role nouns",
    [
        ("The company is staging choreographer Ilse Brandauer’s Open Field, A Study In Memory, this week.\n\n"
         "Director Marcus Vell asked Brandauer to return and expand the piece. “I always felt it deserved "
         "to be longer,” says Vell. “It's fascinating to go deeper.” Brandauer did not need much coaxing. "
         "“I'm thankful for the invitation and the chance to explore it again.”", "I'm thankful for",
         ("Brandauer", "Ilse Brandauer")),
        ("“Families on benefits are not playing the system,” Mr Dale said. Welfare was meant to be a safety "
         "net. “So when I hear them talk about the same old party, I know they have no plan.”",
         "So when I hear them", ("Dale", "Mr Dale")),
    ],
)

ANSWER_OF_THE_ONE_ASKED = cases(
    "pronouns and role nouns",
    [
        ("“Will you run again?” a reporter asked Ann Weller.\n\n“Not this year. Maybe never.”",
         "Not this year", "Ann Weller"),
        ("“Why did you vote no?” Tom Reyes asked Ann Weller at the meeting.\n\n“Because the bill was rushed "
         "and nobody read it.”", "Because the bill", "Ann Weller"),
        ("“Do you regret it?” the interviewer asked Vik Rao, 41.\n\n“Every day. I think about it every "
         "single day.”", "Every day", "Vik Rao"),
        ("“Will you run again?” a reporter asked Ann Weller.\n\n“And what about 2028?”", "And what about",
         None),
        ("“Will you run again?” a reporter asked the mayor.\n\n“Not this year. Maybe never.”",
         "Not this year", (None, "the mayor")),
        ("“Will you run again?” a reporter asked Ann Weller.\n\n“Not this year. Maybe never.”\n\n“She will,” "
         "her husband Tom Weller said later.", "Not this year", (None, "Ann Weller")),
    ],
)

REACTION_ANNOUNCES_WORDS = cases(
    "pronouns and role nouns",
    [
        ("“We will appeal,” said Mayor Ann Weller.\n\nThe city lost the first round in March. Tom Reyes, who "
         "sued the city, welcomed the ruling.\n\n“This is a win for every taxpayer.”", "This is a win",
         "Tom Reyes"),
        ("Union leader Ada Moss condemned the closure on Friday.\n\n“Four hundred families depend on this "
         "plant.”", "Four hundred families", "Ada Moss"),
        ("Ada Moss hailed the decision.\n\n“It took ten years, but we won.”", "It took ten years",
         "Ada Moss"),
        ("Tom Reyes welcomed the visitors at the door.\n\n“We drove six hours to be here.”",
         "We drove six hours", None),
        ("Tom Reyes greeted the guests at the door.\n\n“We drove six hours to be here.”",
         "We drove six hours", None),
        ("Ada Moss applauded the children after the show.\n\n“We practised every day for a month.”",
         "We practised every day", None),
    ],
)

GGTC_CASES = [
    *BETWEEN_TWO_SOURCES,
    *PARAGRAPH_ABOUT_THE_SPEAKER,
    *PARAGRAPH_ABOUT_SOMEONE_ELSE,
    *TIME_ADVERBIAL_BEFORE_THE_SUBJECT,
    *GIST_AFTER_A_POSSESSIVE_INTRODUCTION,
    *BUT_CLAUSE_SUBJECT,
    *INTRODUCED_THEN_SPEAKING,
    *INTRODUCED_WITH_OTHERS,
    *NEWCOMER_NAMED_MID_SENTENCE,
    *ANSWER_OF_THE_ONE_ASKED,
    *REACTION_ANNOUNCES_WORDS,
]
