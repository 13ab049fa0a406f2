"""Attribution cases of session 30 (helper wrong30): wrong names under quotes, words put in the
wrong mouth or a garbage name shown, that this session's helpers found and left open.

* A fronted place or outlet with no comma, glued to the subject's name: "In Iowa Tom Kell said",
  "On CNN Kell said" showed "Iowa Tom Kell" and "CNN Kell". The run of capitals after the opening
  preposition holds its object and then the subject; the name registry took the run whole, so even
  the right "Tom Kell" was shown in that fullest form. It is split where the object's end is known
  (a state or country, an acronym, the first given name after a word that is none), and only after
  a preposition that opens the sentence (with no preposition "Harvard Ann Roe" may be a name).
* A home town with a comma-less state after "of"/"from"/"in": "Tom Kell of Austin, Texas praised
  …", "of Washington, D.C. praised" read the state as the subject ("Texas", "D.C."). The state is
  the town's, as with its closing comma. So is "D.C." after its city at a sentence's end, whose dot
  is the full stop too: "… and Washington D.C. Kell called …" showed "Washington D.C. Kell". And
  people of a place in the plural before a list of names ("Top-seeded Britons Tom Kell and Ben
  Marsh") were shown as part of the first name.
* A he right after words a person spoke inside someone else's report: "Kell said he had visited
  Marsh, who had told him “…”. He added: “…”" gave Marsh the second quote; the sentence is Kell's
  report, and its "He added" may be his as well. No one is named.
* "spokesman" and "chairman" said of a woman, as wire copy writes them ("Foreign ministry
  spokesman Mei Lanfang … said the talks were “…”. “…,” she said"): the role noun, with no given
  name we know, made her a man and sent the "she" to someone before her. A "she" right after her
  own quote, nothing named between, goes on with her turn. Elsewhere the office still rules a
  "she" out (a woman named before a chairman of unknown given name is the "she").
* "Per an aide, Kell will …": "Per" opening the sentence was read as a one-word name, a "he" for
  the next quote; it is a source, as "According to an aide" is, and so is ", per an aide," set
  off after an opening phrase (whose "in Reno, NV" gave the subject "NV"). A source's quote in a
  sentence whose subject is a named person ("…, per an aide, Kell will focus on jobs, outlining
  “…”") made the aide the "he" of a quote paragraphs on, where the text went on about Kell: the
  "he" is either's, so no one's.
* A with-phrase whose sentence a stray full stop cut off ("… producer of TV show Later... With
  Jools Marsh, booked the group"): the verb after the comma has no subject here, and the name in
  the phrase became the "she" of the next quote. And a list whose last conjunct is an office named
  by its body, the holder set off after it ("…, and Chairman of the Water Subcommittee, Ann Roe,
  repeated"), joined the first name to the body ("Tom Kell and Water Subcommittee"): no one.
  A participle phrase opening a sentence with a name as its object ("Praising Celtic and Rangers
  for their efforts, she said: “…”") made that name the sentence's subject and the she's referent.
* An honorific before a surname that is also a plural noun ("said Ms Deans") was read as a group
  ("Ms Deans", like "college deans"), no one: the quote after "…, said Ms Deans." went back to the
  speaker before her. An honorific and a capitalised word are one person.
* A sentence that says its person gave no words ("Kell declined to comment.", "Kell didn't say
  it.", "Kell refused to elaborate.") handed that person the bare quote after it.

Negatives: a comma after the opener; a time between opener and name; an object whose end is not
known ("At Google Kell said", "On Fox News Kell said") names no one; "of Iowa" after the name; a
description owning the town; the reported person as the sentence's subject, or a sentence whose
verb is not of saying, or a reporter of the other gender; "congressman" and a known given name
still tell a gender; "Per Lund" is a name; a reported denial ("Kell said he never said that:")
and a sentence about what he did not say ("did not say how he would vote") with a cue of its own.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_BILL = "will not pass this year without a fight in the House"
_PASS = "It will pass this year without a fight in the House"

FRONTED_OBJECTS = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'In Iowa Tom Kell said the farm bill "{_BILL}".', "will not pass", "Tom Kell"),
        (f'On CNN Kell said: "{_PASS}."', "It will pass", "Kell"),
        (f'At Harvard Ann Roe said: "{_PASS}."', "It will pass", "Ann Roe"),
        (f'In New York Tom Kell said: "{_PASS}."', "It will pass", "Tom Kell"),
        (f'In Washington Kell told reporters: "{_PASS}."', "It will pass", "Kell"),
        (f'In Texas Gov. Ann Roe said the bill "{_BILL}".', "will not pass", "Ann Roe"),
        # negatives: an object whose end is unknown; a comma; a time between; the place after the name
        (f'At Google Kell said: "{_PASS}."', "It will pass", None),
        (f'On Fox News Kell said: "{_PASS}."', "It will pass", None),
        (f'At NBC News executives said the show "{_BILL}".', "will not pass", None),
        (f'In Iowa, Tom Kell said the farm bill "{_BILL}".', "will not pass", "Tom Kell"),
        (f'In Iowa on Tuesday Tom Kell said the farm bill "{_BILL}".', "will not pass", "Tom Kell"),
        (f'Senator Tom Kell of Iowa said the farm bill "{_BILL}".', "will not pass", "Tom Kell"),
    ],
)

_GOOD = "It is a good plan for all of us in the city"

COMMA_LESS_STATE = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Tom Kell of Austin, Texas said: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'Tom Kell of Washington, D.C. said: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'Tom Kell of Washington, D.C. praised the plan. "{_GOOD}," he said.', "It is a good plan", "Tom Kell"),
        (f'Ann Roe of Austin, Texas praised the plan. "{_GOOD}," she said.', "It is a good plan", "Ann Roe"),
        (f'Tom Kell of Austin, Texas praised the plan on Monday: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'Judge Tom Kell set the bail. The man may travel to Florida and Washington D.C. Kell called the sum "a substantial portion" of his assets. "{_GOOD}."',
         "a substantial portion", "Tom Kell"),
        (f'The man may travel to Florida and Washington D.C. Kell said the plan "{_BILL}".', "will not pass", ("Kell", None)),
        (f'Washington D.C. Mayor Ann Roe said the plan "{_BILL}".', "will not pass", "Ann Roe"),
        (f'Voters in Austin, Texas said: "{_GOOD}."', "It is a good plan", ("voters", None)),
        (f'Top-seeded Britons Tom Kell and Ben Marsh reached the final on Sunday. Kell said: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'Frenchmen Tom Kell and Ben Marsh won on Sunday. Kell broke a racket. "{_GOOD}," he said.', "It is a good plan", "Tom Kell"),
        # negatives: the closing comma written; a relative clause; a description owning the town
        (f'Tom Kell of Austin, Texas, said: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'Tom Kell, who lives in Austin, Texas, said: "{_GOOD}."', "It is a good plan", "Tom Kell"),
        (f'A man from Dallas, Texas told police: "{_GOOD}."', "It is a good plan", "a man"),
        (f'The mayor of Austin, Texas praised the plan: "{_GOOD}."', "It is a good plan", ("the mayor of Austin, Texas", "the mayor")),
    ],
)

_TOWN = "change the whole town for the better"
_ADDED = "I have no desire to change the plan, but it may look different"

REPORTED_INSIDE_REPORT = cases(
    "when unsure, say less",
    [
        (f'Tom Kell said he had visited Ben Marsh, who had told him that the plan could "{_TOWN}". He added: "{_ADDED}."', "change the whole town", "Ben Marsh"),
        (f'Tom Kell said he had visited Ben Marsh, who had told him that the plan could "{_TOWN}". He added: "{_ADDED}."', "I have no desire", None),
        (f'Tom Kell said Ben Marsh had told him that the plan could "{_TOWN}". He added: "{_ADDED}."', "I have no desire", None),
        # negatives: the quoted person is the subject; no verb of saying; a reporter of the other gender; no quote inside
        (f'Ben Marsh told Tom Kell that the plan could "{_TOWN}". He added: "{_ADDED}."', "I have no desire", "Ben Marsh"),
        (f'Tom Kell visited Ben Marsh, who said the plan could "{_TOWN}". He added: "{_ADDED}."', "I have no desire", "Ben Marsh"),
        (f'Ann Roe said Ben Marsh had told her that the plan could "{_TOWN}". He added: "{_ADDED}."', "I have no desire", "Ben Marsh"),
        (f'Tom Kell said he had visited Ben Marsh, who had told him that the plan was good. He added: "{_ADDED}."', "I have no desire", "Tom Kell"),
    ],
)

_VISIT = "It is a normal visit between friends"
_HOPE = "We hope all sides can help reduce tensions in the region"

EITHER_SEX_OFFICES = cases(
    "pronouns and role nouns",
    [
        (f'Tom Kell met the president on Monday. Foreign ministry spokesman Mei Lanfang, in response to his comments, said that the talks were "already very complex". "{_HOPE}," she said.',
         "We hope all sides", "Mei Lanfang"),
        (f'The board chairman, Adaeze Obi, said the plan was "sound and fair to every member". "{_VISIT}," she said.', "It is a normal visit", "Adaeze Obi"),
        (f'Foreign ministry spokesman Ann Roe told reporters the visit was routine. "{_VISIT}," she said.', "It is a normal visit", "Ann Roe"),
        # negatives: a man's given name; the "he" of a spokesman; someone named between the quotes;
        # no quote of the office holder's own before the "she"
        (f'Chairman Tom Ortiz said the plan was "sound and fair to every member". "{_VISIT}," she said.', "It is a normal visit", None),
        (f'Spokesman Kwame Osei spoke to reporters. "{_VISIT}," he said.', "It is a normal visit", "Kwame Osei"),
        (f'Spokesman Kwame Osei said the plan was "sound and fair to every member". Ann Roe disagreed. "{_VISIT}," she said.', "It is a normal visit", "Ann Roe"),
        (f'Foreign ministry spokesman Mei Lanfang told reporters the visit was routine. "{_VISIT}," she said.', "It is a normal visit", ("Mei Lanfang", None)),
    ],
)

_JOBS = "It is time to cut taxes for everyone who works"
_WAY = "how the city has lost its way and how we can find it again"
_ABOUT = ("Still, jobs are a big strength for the mayor. So far, Kell's statements have seemed vague. On taxes, for "
          'example, he said at one debate that "it is time to cut taxes for everyone who works".')

PER_SOURCE = cases(
    "pronouns and role nouns",
    [
        (f'Per an aide, Tom Kell will focus on jobs. "{_JOBS}," he said.', "It is time to cut", ("Tom Kell", None)),
        ('Per an aide, Tom Kell will focus on jobs, outlining "how the city has lost its way and how we can find it again".',
         "how the city has lost", ("an aide", None)),
        (f'During his speech in Reno, NV at 2 pm, per an aide, Tom Kell will focus on jobs, outlining "{_WAY}".\n\n{_ABOUT}',
         "it is time to cut", None),
        (f'During his speech on Friday, according to an aide, Tom Kell will focus on jobs, outlining "{_WAY}".\n\n{_ABOUT}',
         "it is time to cut", None),
        # negatives: a Scandinavian given name; a subject of the other gender
        (f'During her speech on Friday, per an aide, Ann Roe will focus on jobs, outlining "{_WAY}". "{_JOBS}," he said.', "It is time to cut", "an aide"),
        (f'Per Lund, the chief executive, said: "{_JOBS}."', "It is time to cut", "Per Lund"),
        (f'Per Lund said the plan "{_BILL}".', "will not pass", "Per Lund"),
    ],
)

_STAGE = "They played like they were headlining the main stage at the festival"
_ACT = "If the agency does not respond, the committee will act"

BROKEN_SUBJECTS = cases(
    "when unsure, say less",
    [
        (f'Ann Roe, producer of TV show Later... With Jools Marsh, booked the group to appear the day after seeing them at a pub.\n\n"{_STAGE}," she said.',
         "They played like", ("Ann Roe", None)),
        (f'In their letter, Committee Chairman Tom Kell, Vice Chairman Ben Marsh, and Chairman of the Water Subcommittee, Ann Roe, repeated an earlier request. "{_ACT}," they wrote.',
         "If the agency does not", None),
        (f'Ann Roe praised the police. "{_ACT}," she said. Praising Celtic and Rangers for their efforts, she said: "{_STAGE}."',
         "They played like", "Ann Roe"),
        (f'Ann Roe praised the police. "{_ACT}," she said. Praising Tom Kell for his efforts, she said: "{_STAGE}."',
         "They played like", "Ann Roe"),
        # negatives: a with-phrase before the subject; a list of named people; a noun phrase in -ing
        (f'Leading British critics praised the band on Monday. Tom Kell said: "{_STAGE}."', "They played like", "Tom Kell"),
        (f'With his wife, Ann, Tom Kell has run the shop for years.\n\n"{_STAGE}," he said.', "They played like", "Tom Kell"),
        (f'Tom Kell, Ben Marsh and Carl Yates repeated an earlier request. "{_ACT}," they wrote.', "If the agency does not", "Tom Kell, Ben Marsh and Carl Yates"),
    ],
)

_PRINT = "It can cost up to 1,500 pounds to make a copy of a print for small films"

HONORIFIC_PLURAL_SURNAME = cases(
    "titles and abbreviations",
    [
        (f'"{_PRINT}," said Ms Deans.', "It can cost", ("Deans", "Ms Deans")),
        (f'Fiona Deans, a director, spoke first. Digital prints cost less than old prints, said Ms Deans. "{_PRINT}."', "It can cost", "Fiona Deans"),
        (f'"Access to film is restricted across the UK," said Tom Kell, head of distribution. Digital prints cost less, said Ms Deans. "{_PRINT}."',
         "It can cost", ("Deans", "Ms Deans")),
        # negatives: deans as a group; a surname no noun spells
        (f'"{_PRINT}," said the college deans.', "It can cost", "the college deans"),
        (f'"{_PRINT}," said Mrs Sands.', "It can cost", "Sands"),
    ],
)

_ECONOMY = "It will be about the economy and jobs for all of us"

GAVE_NO_WORDS = cases(
    "when unsure, say less",
    [
        (f'Tom Kell didn\'t say it. "{_ECONOMY}."', "It will be about", None),
        (f'Tom Kell declined to comment. "{_ECONOMY}."', "It will be about", None),
        (f'Tom Kell never said that. "{_ECONOMY}."', "It will be about", None),
        (f'Tom Kell refused to elaborate. "{_ECONOMY}."', "It will be about", None),
        # negatives: a sentence that gives no such word; cues of the quote's own; a reported denial
        (f'Tom Kell took the stage. "{_ECONOMY}."', "It will be about", "Tom Kell"),
        (f'Tom Kell did not say how he would vote. "{_ECONOMY}," he said.', "It will be about", "Tom Kell"),
        (f'Tom Kell didn\'t say it. "{_ECONOMY}," Ann Roe said.', "It will be about", "Ann Roe"),
        ('Tom Kell said he did not say it: "I never used those words in my life."', "I never used", "Tom Kell"),
    ],
)

WRONG30_CASES = (
    FRONTED_OBJECTS + COMMA_LESS_STATE + REPORTED_INSIDE_REPORT + EITHER_SEX_OFFICES + PER_SOURCE + BROKEN_SUBJECTS + HONORIFIC_PLURAL_SURNAME + GAVE_NO_WORDS
)
