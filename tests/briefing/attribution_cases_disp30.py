"""Attribution cases of session 30 (helper disp30): the speaker shown must be the right one and
whole, since it is shown under the quote and keyed by person in ``/quotes``.

* A role serving a titled person with a nation before the title, "a spokeswoman for U.S. Attorney
  General Ann Roe said", showed "a spokeswoman": the masked "U․S․" failed the complement's word
  test, and a title opened by a nation or by words of the language ("British Foreign Secretary",
  "Deputy Prime Minister") was taken for a name apposed to the role ("the chief of staff Reince
  Priebus"), so the complement was dropped; a body's name with "and" after a nation ("the U.S.
  Department of Health and Human Services") was read as two subjects. The speaker is the spokeswoman, never the person served.
* A role phrase with a name apposed after it, "a lawyer for the defendant, Tom Kell, said", is
  Tom Kell's; a relative clause there ("…, who asked not to be named, said") is no name.
* Words read as a speaker's name that name no one: a people's adjective alone ("“…,” European
  said"), a place that is no subject of its clause (the last part of an address, "in Lane County,
  Oregon, insisted"; after a preposition, "a note from Boston exclaiming"), a common word that
  opens the sentence and is never written capitalised elsewhere ("Moments before, …", "Ballot
  papers will ask:", "(Corrects paragraph to say “…”)"), a capital inside a word that opens in
  lower case ("eBay" read as "Bay"), a pronoun's referent that is a common word in capitals for
  stress ("That ALONE makes … It says “…”"), and a dateline's place in title case before a wire agency
  ("Denver (Reuters) - The sheriff said …" gave "Reuters"). When unsure, no speaker.
* A surname's lower-case particles after a quote, "“…,” de Vries said", "van der Berg told":
  the name was cut to "Vries", "Berg".
* A description headed by a matter, "The difference is “…”", "The problem, according to the
  coach, is “…”", or cut after a relative pronoun, "a mantra that", "both journalists who", was
  shown as the speaker: a matter speaks no words (no speaker), and a head that speaks is shown
  without the pronoun ("both journalists").
* A narrator's "I" under a reader's comment header ("Kelly Ames — July 11th, 2012, 10:53 am",
  "by kdog77 on Aug 9, 2012 10:48 AM EDT") was shown as "the author": the commenter's words in
  the writer's mouth. Two headers or more make a thread; the quote there gets no speaker.
* A passive of telling with an adverb before the participle, "I was often told that “…”", "Tom
  Kell was always told", gave the listener (or "the author"): the passive's subject heard the
  words; only "-ly" adverbs were allowed there.
* A stage name opened by a number, "“…,” 40 Grit said", was cut to "Grit" (the run of capitals
  starts after the number); not a count ("20 Democrats") nor a date ("on 5 May").
* "heads" and "chairs" as verbs ("Jamie heads to Poland"), "daily" and "times" as adverbs ("daily
  physio", "three times a week") were read as nouns of people or papers, so a sentence between a
  speaker's quotes seemed to bring in someone new and the next bare quote lost its speaker.

Negatives: the served person is never the speaker ("a spokesman for Deputy Prime Minister Tom
Hale"); an office's field before a name is no title ("the secretary of State Tom Hale", "the
minister for Sport Tom Hale": the name is the holder's); a people's adjective that is the short
name of a body the text names ("American Airlines … American said"), a surname that is also an
adjective ("Philip French … French said"), a capital or a country as a clause's subject
("Pyongyang said", "China said"), a person whose title holds a place ("Baroness Scotland"), a
surname that is a common word but written after a given name or mid-sentence ("Ann Parry …
Parry said") or before a verb or an adverb ("Sale previously warned"), "department heads", "heads of state", "the French daily", "the Times" all stay; a document
("the sign reads") and a role whose complement holds a matter word speak; a byline with a time
and a live blog's time stamps make no thread, so their "I" is still the author's.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_CALM = "We will not comment on an ongoing investigation at this stage"
_ROAD = "It has been a long and very slow road back to fitness for me"
_WORK = "There is a lot of work involved in my recovery this year"

ROLE_FOR_TITLED_PERSON = cases(
    "titles and abbreviations",
    [
        (f'"{_CALM}," a spokeswoman for U.S. Attorney General Lena Dart said.', "We will not", "a spokeswoman for U.S. Attorney General Lena Dart"),
        (f'A spokeswoman for U.S. Attorney General Lena Dart said: "{_CALM}."', "We will not", "a spokeswoman for U.S. Attorney General Lena Dart"),
        (f'"{_CALM}," said a spokesman for British Foreign Secretary Tom Hale.', "We will not", "a spokesman for British Foreign Secretary Tom Hale"),
        (f'"{_CALM}," said a spokesman for Deputy Prime Minister Tom Hale.', "We will not", "a spokesman for Deputy Prime Minister Tom Hale"),
        (f'"{_CALM}," said a spokesman for U.S. Rep. Tom Hale.', "We will not", "a spokesman for U.S. Rep. Tom Hale"),
        (f'"{_CALM}," said a spokesman for the U.S. Treasury.', "We will not", "a spokesman for the U.S. Treasury"),
        (
            f'"{_CALM}," a spokesman for the U.S. Department of Health and Human Services said.',
            "We will not",
            "a spokesman for the U.S. Department of Health and Human Services",
        ),
        # negatives: an office's field before the holder's name; the served person never speaks;
        # two bodies joined are no one body's name
        (f'"{_CALM}," said a spokesman for the U.S. and China.', "We will not", ("a spokesman", None)),
        (f'"{_CALM}," said the secretary of State Tom Hale.', "We will not", "Tom Hale"),
        (f'"{_CALM}," said the minister for Sport Tom Hale.', "We will not", "Tom Hale"),
        (f'"{_CALM}," a spokeswoman for Attorney General Lena Dart said.', "We will not", "a spokeswoman for Attorney General Lena Dart"),
    ],
)

NAME_AFTER_ROLE = cases(
    "clause frames around the speaker",
    [
        (f'"{_CALM}," a lawyer for the defendant, Tom Kell, said.', "We will not", "Tom Kell"),
        (f'A lawyer for the defendant, Tom Kell, said: "{_CALM}."', "We will not", "Tom Kell"),
        (f'"{_CALM}," said a lawyer for the defendant, Tom Kell.', "We will not", "Tom Kell"),
        # negatives: a relative clause after the role names no one
        (f'"{_CALM}," a lawyer for the defendant, who asked not to be named, said.', "We will not", "a lawyer for the defendant"),
        (f'"{_CALM}," said a lawyer for the defendant, who declined to be named.', "We will not", ("a lawyer for the defendant", None)),
    ],
)

NAMELESS_WORDS = cases(
    "when unsure, say less",
    [
        (f'"{_CALM}," European said.', "We will not", None),
        ('The plan was backed in Brussels. Canadian said the plan "will not work in the long run at all".', "will not work", None),
        ('A week earlier, the head of the party in Lane County, Oregon, insisted the plan was "a waste of public money for years".', "a waste of public", None),
        (f'"{_CALM}," said the mayor of Lyle, Ohio.', "We will not", (None, "the mayor of Lyle")),
        ('One day, Tom sent a note from Boston exclaiming, "We have to do something to change this now."', "We have to do", (None, "Tom")),
        (f'"That is where I think I will end up being."\n\nMoments before, the senator used similar words, telling a reporter, "{_CALM}."', "We will not", (None, "the senator")),
        ('Ballot papers in the poll will ask: "Should the town approve the plan for a new bridge over the river?"', "Should the town", None),
        ('Tom Kell said on Monday he would go. (Corrects last paragraph to say "It would be the second time the firm had been fined")', "It would be the second", None),
        ('Shares fell. Parent firm eBay said: "The intent is to simplify and speed up how products are developed."', "The intent is", None),
        ('Denver (Reuters) - The sheriff said on Monday that "the investigation will go on for some weeks yet".', "the investigation will", "the sheriff"),
        ('New York, June 4 (AP) — The sheriff said on Monday that "the investigation will go on for some weeks yet".', "the investigation will", "the sheriff"),
        # negatives: a body's short name, a surname, a capital or a country as subject, a titled person
        (f'American Airlines and United run hubs there. "{_CALM}," American said in a statement.', "We will not", "American"),
        (f'The critic Philip French liked the film. "{_CALM}," French said.', "We will not", "Philip French"),
        ('Pyongyang said it would "never give up its right to defend itself from attack".', "never give up", "Pyongyang"),
        (f'"{_CALM}," China said.', "We will not", "China"),
        ('Texas sued the government, saying the rule was "a clear overreach of federal power".', "a clear overreach", "Texas"),
        (f'Home Office minister Baroness Scotland said: "{_CALM}."', "We will not", ("Scotland", "Baroness Scotland")),
        ('Ann Parry runs the club. Parry said the plan was "a waste of public money for years".', "a waste of public", "Ann Parry"),
        ('Parry, the coach, said the plan was "a waste of public money for years".', "a waste of public", "Parry"),
        ('The poll was run by Politico. Politico reveals a few facts: "Of its 76,000 voters, some 30,000 are Democrats."', "Of its 76,000", "Politico"),
        (f'"{_CALM}," said Tom Kell, Ohio.', "We will not", "Tom Kell"),
        ('Sale previously warned that "the club cannot go on losing money like this for long".', "the club cannot", "Sale"),
        (
            'You take the work VERY seriously. That ALONE makes the difference.\n\nIt says, "this is what has worked for me, see what you can do".',
            "this is what has worked",
            None,
        ),
        ('Tim Ross spoke first. Trump, the nominee, told reporters he was "not worried about the polls at all".', "not worried about", "Trump"),
    ],
)

NAME_PARTICLES = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'"{_CALM}," 40 Grit said.', "We will not", "40 Grit"),
        (f'"{_CALM}," said rapper 40 Grit.', "We will not", "40 Grit"),
        (f'"{_CALM}," said 20 Democrats.', "We will not", "20 Democrats"),
        (f'"{_CALM}," Kell said on 5 May.', "We will not", "Kell"),
        (f'"{_CALM}," de Vries said.', "We will not", "de Vries"),
        (f'"{_CALM}," van der Berg told reporters.', "We will not", "van der Berg"),
        (f'"{_CALM}," said de Vries.', "We will not", "de Vries"),
        # negatives: the particle inside a full name, and the full name found again
        (f'Julia de la Rosa runs the shop. "{_CALM}," de la Rosa said.', "We will not", "Julia de la Rosa"),
        (f'"{_CALM}," said Gwenaëlle Le Bihan-Roudaut, a lawyer.', "We will not", "Gwenaëlle Le Bihan-Roudaut"),
        (f'"{_CALM}," said Pieter van Dijk.', "We will not", "Pieter van Dijk"),
        (f'"{_CALM}," said Ali El Amin.', "We will not", "Ali El Amin"),
        (f'"{_CALM}," said Karl von Brandt.', "We will not", "Karl von Brandt"),
        (f'"{_CALM}," said Luiz Inácio da Silva, the president.', "We will not", "Luiz Inácio da Silva"),
    ],
)

NOUN_OR_VERB = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            f'Jamie Rowe hurt his back in a fall in March. "{_ROAD}," he said.\n\n'
            f'Jamie heads to Poland again on Sunday where he will be having daily physio in the clinic. "{_WORK}."',
            "There is a lot",
            "Jamie Rowe",
        ),
        (
            f'Jamie Rowe hurt his back in a fall in March. "{_ROAD}," he said.\n\n'
            f'He trains three times a week and swims daily at the pool. "{_WORK}."',
            "There is a lot",
            "Jamie Rowe",
        ),
        # negatives: heads and dailies that are people and papers
        (f'Jamie Rowe hurt his back in a fall in March. "{_ROAD}," he said.\n\nThe department heads met on Sunday. "{_WORK}."', "There is a lot", None),
        (f'Jamie Rowe hurt his back in a fall in March. "{_ROAD}," he said.\n\nThe French daily covered it on Sunday. "{_WORK}."', "There is a lot", None),
        (f'Jamie Rowe hurt his back in a fall in March. "{_ROAD}," he said.\n\nThe heads of state met on Sunday. "{_WORK}."', "There is a lot", None),
    ],
)

MATTERS_AND_RELATIVES = cases(
    "when unsure, say less",
    [
        ('I replaced all the windows. The difference (after adding more insulation) is "simply unbelievable in every way".', "simply unbelievable", None),
        ('The problem, according to the coach, is "not the pitch or the fees but the players themselves".', "not the pitch", (None, "the coach")),
        ('The good thing about it is that you can say "I did this and that on my own" in the future.', "I did this and that", None),
        (
            'Three weeks later, a one-eyed, one-legged, half-mad Tom Storm walks through the gate and says, "We can never open this door again."',
            "We can never open",
            (None, "Tom Storm"),
        ),
        ('The hand-written, four-page lawsuit said: "To have people on the show eat dead rats was a crazy thing to do."', "To have people", (None, "the hand-written, four-page lawsuit")),
        (f'"{_CALM}," the well-known lawyer\'s spokesman said.', "We will not", "the well-known lawyer's spokesman"),
        (f'"{_CALM}," the long-serving chairman said.', "We will not", "the long-serving chairman"),
        ('Calling it "a fiery assertion of rock and roll ethics and proof of a siege mentality", the Ledger\'s praise was typical.', "a fiery assertion", "the Ledger"),
        ('Rubio told reporters that if the bill\'s proposed credit is not expanded, "I am a no on this, it has to be higher".', "I am a no", ("Rubio", None)),
        ('A mantra that has come in handy more often than I would like: "I live each day with joy and trust in the good."', "I live each day", None),
        # negatives: a head that speaks keeps the words before the relative pronoun; a document speaks
        ('Both reporters who used it on me asked the same style of question: "What does the firm think of your work this year?"', "What does the firm", "both reporters"),
        ('The sign reads: "Permanent Mission of the Republic to the United Nations in New York."', "Permanent Mission", "the sign"),
        (f'"{_CALM}," the head of the problem-solving unit said.', "We will not", "the head of the problem-solving unit"),
    ],
)

_FIRED = "you do not have to smile so much when you are fired"

COMMENT_THREADS = cases(
    "when unsure, say less",
    [
        (
            f'Great post on the new book, thanks.\n\nKelly Ames — July 11th, 2012, 10:53 am\n\nI remember my old boss saying "{_FIRED}".\n\n'
            'Tom Vale — July 11th, 2012, 11:20 am\n\nI said "yes, and I will read it again next year" to my wife.',
            "yes, and I will",
            None,
        ),
        (
            'Nice one.\n\nby kdog77 on Aug 9, 2012 10:48 AM EDT\n\nSame as last year.\n\nby ranger on Aug 9, 2012 10:54 AM EDT\n\n'
            'I told him: "We are making big plays, but only because of mistakes by the other team."',
            "We are making big plays",
            None,
        ),
        # negatives: a byline with a time stands once, or first before the thread; a live blog's
        # bare time stamp is no header
        (
            'By Ann Roe on June 4, 2019 10:42 AM\n\nI asked the mayor about it. I said: "Will the new bridge be finished this year?"\n\n'
            'Tom Vale — June 5, 2019, 9:00 am\n\nGood piece.\n\nJo Kerr — June 5, 2019, 9:30 am\n\nAgreed.',
            "Will the new bridge",
            "the author",
        ),
        (
            'By Ann Roe, June 4, 2019 10:42 AM\n\nI asked the mayor about it. I said: "Will the new bridge be finished this year?"',
            "Will the new bridge",
            "the author",
        ),
        (
            '10:42 a.m.: The vote is under way.\n\n11:05 a.m.: I asked the mayor about it. I said: "Will the new bridge be finished this year?"',
            "Will the new bridge",
            "the author",
        ),
    ],
)

_HARD = "hard work is all that matters in the end and nothing else"

PASSIVE_WITH_ADVERB = cases(
    "speech verbs in every form",
    [
        (f'As a boy, Tom Kell was often told that "{_HARD}".', "hard work is all", None),
        (f'As a boy, I was often told that "{_HARD}".', "hard work is all", None),
        (f'"{_HARD.capitalize()}," Tom Kell was always told.', "Hard work is all", None),
        (f'Tom Kell was often told by his father that "{_HARD}".', "hard work is all", "his father"),
        # negatives: the active verb with the same adverb
        (f'Tom Kell often told his pupils that "{_HARD}".', "hard work is all", "Tom Kell"),
        (f'"{_HARD.capitalize()}," Tom Kell often said.', "Hard work is all", "Tom Kell"),
    ],
)

DISP30_CASES = (
    ROLE_FOR_TITLED_PERSON
    + NAME_AFTER_ROLE
    + NAMELESS_WORDS
    + NAME_PARTICLES
    + NOUN_OR_VERB
    + MATTERS_AND_RELATIVES
    + COMMENT_THREADS
    + PASSIVE_WITH_ADVERB
)
