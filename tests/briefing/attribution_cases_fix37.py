"""Attribution cases of session 37 (helper fix37): leftovers a user would see, each a pattern.

* A given name used alone after the person was introduced in full ("NPR's Jeff Brady reports
  …", then '“…,” Jeff said'; "Sir Digby Jones … Sir Digby added") showed the bare given name as
  the speaker, of the kind "organisation": ``NameRegistry.fullest`` only looked for longer names
  ending with the word (surnames). When exactly one person introduced before has that given
  name, and no name ends with it, the bare given name is that person, shown in full.
  Negatives: two people introduced with the same given name ("Ann Roe and Ann Kell … Ann said");
  a word that is also a surname in the text ("Paul Weller and Rand Paul … Paul said": the
  surname's reading, as before); a country that is also a given name ("Foreign Minister Jordan
  Kell … Jordan said"); a title's letters run into a surname ("MEC Mamabolo": "MEC" is no one's
  given name); a given name the text also writes after a title other than "Sir" or "Dame" ("ex-King
  Michael of Romania" after "Michael Ancram"), or sets a person's noun or an age off after alone
  ("Ali, owner of a small factory," after "Ali Larijani": someone else); and a bare given name no rule would accept as a
  name alone (a comment's "Jeremy – Something like …" addresses Jeremy): the full form shows who
  an accepted name is, it makes no word a name.
* A surname that is also a title ("Rep. Rob Bishop", "Ann Judge"), used alone as the subject of
  a sentence ("Bishop was skeptical. “…”", "Bishop said the plan was weak. “…”") gave nobody:
  the name cleaner dropped "Bishop" and "Judge" as titles, so the sentence had no subject. Like
  "King", "Prince", "Lord" and "Major" before them, "Bishop", "Judge", "Pope", "Chancellor",
  "Deacon" and "Pastor" alone are kept as a name, a person's only where the text wrote it after
  a given name or reads it as a surname (``NameRegistry.is_proper_name``).
  Negatives: a determiner before the word ("the Bishop said", "our King") makes it the title's
  holder, never the man whose surname it is (it went to "Rob Bishop" through the short-name
  reading of "the Post"); a title before a name ("Bishop Tom Ames said") is still the title.

* A "he" or "she" after a one-word name of a company or a club that the text marks as one gave
  the quote to the body: "Kellco, the carmaker, posted a loss. “…,” he said" gave Kellco (a
  company is never "he"), and so did "Spurs go into the clash with three draws. “…,” he told
  reporters" after the player was named. A one-word name with a body's noun set off after it
  ("Kellco, the carmaker,", "Vexmoor, a Leeds firm,") is a body, as "Kellco Inc." already made
  it; a name opening its sentence before a verb's plain form ("Spurs go into", "Leeds need a
  win") is a team or a firm spoken of in the plural, as "Leeds have" already was.
  Negatives: a person's role set off ("Kell, the mayor,", "Kell, the head of the company,"), a
  name before a verb's third person ("Kell goes into": a player, the latest "he"), a plain form after an auxiliary ("Will
  Kell go into the talks?"), and a one-word name with no such mark stay as they were.

* Three frames left from earlier sessions. (1) A plural of documents opening the sentence with a
  that-less relative clause whose verb says who wrote or sent them ("Emails Kell sent to staff
  showed that he wanted “…”") gave nobody, and "Letters Kell wrote to staff show …" showed
  "Letters Kell": the documents' words are their writer's, so the writer is the sentence's
  person and a "he" after is his; documents someone only obtained ("Records Kell obtained show
  that he wanted “…”") stay no one's. (2) A committee or a council deciding that something was
  "…" ("The committee decided that the system was “…”") gave nobody, where a board or a panel
  did: both state their finding so. "Decided to" stays no cue. (3) Two roles of one person, the
  second with a place or a party before its title ("Ex-BBC host and East Midlands MEP Tom Kell
  said:"), read as two people: as with "Acme Foods co-founder and CEO Ann Roe", the title may
  stand anywhere before the name. "Ex-BBC host and Ann Roe" (no title) stays two people.

* A person named with the body they belong to, opening a sentence ("Dr. Kell of the Red Cross
  acknowledged the risks. “…,” he wrote") made the body the sentence's subject (the last run of
  capitals before the verb), so the "he" went to "Red Cross" or "U.C.S.F.". The person before "of
  the" is the subject when a title or a given name marks them one (``affiliated_names``).
  Negatives: a body's name with "of" inside ("Bank of America", "the Bank of the West"), an
  office with "of" before its holder ("Secretary of State John Kerry"), and a bare surname with
  nothing marking it a person's ("Kell of the Red Cross") keep their readings.

Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_ANYWHERE = "We are not going anywhere until the mine reopens"

GIVEN_NAME_ALONE = cases(
    "pronouns and role nouns",
    [
        (
            f'NPR\'s Jeff Brady reports from the coal field. Miners were out in force.\n\n"{_ANYWHERE}," Jeff said.',
            "We are not going",
            "Jeff Brady",
        ),
        (
            f'The Post\'s Anna Kell covered the hearing. Anna said "{_ANYWHERE}."',
            "We are not going",
            "Anna Kell",
        ),
        (
            f'Sir Digby Lowe spoke to the union. Sir Digby added: "{_ANYWHERE}."',
            "We are not going",
            "Digby Lowe",
        ),
        (
            f'Jeff Brady reports from the coal field.\n\n"{_ANYWHERE}," says Jeff.',
            "We are not going",
            "Jeff Brady",
        ),
        # a namesake the text calls by the given name keeps the bare surname for the other (coordinator, session 37)
        (
            f'Ann Roe and her husband, Tom Roe, knocked on doors all day.\n\n"We are here for a friend," Tom told a neighbour.\n\n'
            f'"{_ANYWHERE}," Roe said.',
            "We are not going",
            "Ann Roe",
        ),
        # negatives: two people share the given name; the word is someone's surname; a country; a title's letters;
        # a king known by the given name alone; someone else introduced by the given name alone
        (f'The leader of the parliament, Ali Larijani, spoke.\n\nAli, owner of a small factory, misses his workers.\n\n"{_ANYWHERE}," Ali said.', "We are not going", "Ali"),
        (f'Foreign spokesman Michael Roe won the seat in May.\n\nThe daughter of ex-King Michael spoke.\n\n"{_ANYWHERE}," Michael said.', "We are not going", "Michael"),
        (
            f'Ann Roe and Ann Kell ran the stall. The market closed early.\n\n"{_ANYWHERE}," Ann said.',
            "We are not going",
            "Ann",
        ),
        (
            f'Paul Weller and Rand Paul met in May. The talks ran late.\n\n"{_ANYWHERE}," Paul said.',
            "We are not going",
            "Rand Paul",
        ),
        (
            f'Foreign Minister Jordan Kell spoke on Monday. Talks with Jordan went on.\n\n"{_ANYWHERE}," Jordan said.',
            "We are not going",
            "Jordan",
        ),
        (
            f'MEC for Roads, Tom Dube, spoke. MEC Dube urged calm.\n\n"{_ANYWHERE}," he said.',
            "We are not going",
            ("Tom Dube", "MEC Dube"),
        ),
    ],
)

_MOVIE = "I have seen this movie before and it ends badly"

SURNAME_THAT_IS_A_TITLE = cases(
    "titles and abbreviations",
    [
        (
            f'Rep. Rob Bishop of Utah chairs the committee. The bill came up on Tuesday.\n\nBishop was skeptical. "{_MOVIE}."',
            "I have seen",
            "Rob Bishop",
        ),
        (
            f'Rep. Rob Bishop of Utah chairs the committee.\n\nBishop said the plan was weak. "{_MOVIE}."',
            "I have seen",
            "Rob Bishop",
        ),
        (
            f'Ann Judge runs the county board. The vote is due in May.\n\nJudge was unmoved. "{_MOVIE}."',
            "I have seen",
            "Ann Judge",
        ),
        (
            f'Tom Pastor leads the tenants\' group.\n\n"{_MOVIE}," Pastor said.',
            "I have seen",
            "Tom Pastor",
        ),
        # negatives: the title after a determiner; a title before a name; no one introduced
        (
            f'Rep. Rob Bishop of Utah chairs the committee. The church held a service.\n\n"{_MOVIE}," the Bishop said.',
            "I have seen",
            "the Bishop",
        ),
        (
            f'Rep. Rob Bishop of Utah chairs the committee. The church held a service.\n\nBishop Tom Ames led the prayers. "{_MOVIE}."',
            "I have seen",
            "Tom Ames",
        ),
        (
            f'The church held a service on Sunday.\n\nBishop was skeptical. "{_MOVIE}."',
            "I have seen",
            None,
        ),
        (
            f'Rep. Rob King of Iowa chairs the committee. The palace held a dinner.\n\n"{_MOVIE}," the King said.',
            "I have seen",
            "the King",
        ),
        # "the" before a surname that is no title still names the person: "the Trump we all knew"
        (f'Donald Trump spoke in Ohio.\n\nThis was the Trump who claims that the network "{_MOVIE}."', "I have seen", "Donald Trump"),
    ],
)

_NUMBERS = "We are not worried about the numbers at all"
_EUROPE = "It is a privilege to play in Europe this season"

BODY_NEVER_HE = cases(
    "organisations, documents and groups",
    [
        (f'Kellco, the carmaker, posted a loss on Tuesday.\n\n"{_NUMBERS}," he said.', "We are not worried", None),
        (f'Vexmoor, a Leeds firm, cut 300 jobs on Monday.\n\n"{_NUMBERS}," she said.', "We are not worried", None),
        (f'Kellco, the carmaker, posted a loss. Its chief executive spoke to analysts.\n\n"{_NUMBERS}," he said.', "We are not worried", "Its chief executive"),
        (f'Kyle Roe insists the club is serious about the cup.\n\nSpurs go into the clash with three draws from three games.\n\n"{_EUROPE}," he told reporters.', "It is a privilege", "Kyle Roe"),
        (f'Kyle Roe insists the club is serious about the cup.\n\nLeeds need a win on Thursday.\n\n"{_EUROPE}," he told reporters.', "It is a privilege", "Kyle Roe"),
        # negatives: a person's role set off; a verb's third person; an auxiliary before the plain form
        (f'Kell, the mayor, spoke on Tuesday.\n\n"{_NUMBERS}," he said.', "We are not worried", "Kell"),
        (f'Kell, the head of the company, spoke on Tuesday.\n\n"{_NUMBERS}," he said.', "We are not worried", "Kell"),
        (f'Kyle Roe insists the club is serious about the cup.\n\nKell goes into the final with three goals.\n\n"{_EUROPE}," he told reporters.', "It is a privilege", "Kell"),
        (f'Kyle Roe insists the club is serious about the cup. Will Kell go into the final?\n\n"{_EUROPE}," he told reporters.', "It is a privilege", None),
    ],
)

_SHRED = "every file shredded before the audit"
_UNFIT = "not fit for purpose in any sense"
_STOLEN = "The vote was stolen from the people of this region"

DOCUMENTS_WRITER = cases(
    "organisations, documents and groups",
    [
        (f'Tom Kell runs the agency.\n\nEmails Kell sent to staff in May showed that he wanted "{_SHRED}."', "every file", "Tom Kell"),
        (f'Tom Kell runs the agency.\n\nLetters Kell wrote to staff in May show that he wanted "{_SHRED}."', "every file", "Tom Kell"),
        (f'Ann Roe runs the agency.\n\nMemos Ann Roe drafted in May show that she wanted "{_SHRED}."', "every file", "Ann Roe"),
        # negatives: documents only obtained; no verb of writing; documents of no one named
        (f'Tom Kell runs the agency.\n\nRecords Kell obtained in May show that he wanted "{_SHRED}."', "every file", None),
        (f'Emails sent to staff in May showed that the chief wanted "{_SHRED}."', "every file", None),
    ],
)

BODY_DECIDED_THAT = cases(
    "organisations, documents and groups",
    [
        (f'The committee decided that the system was "{_UNFIT}."', "not fit", "the committee"),
        (f'The city council decided the plan was "{_UNFIT}."', "not fit", "the city council"),
        (f'The board decided that the system was "{_UNFIT}."', "not fit", "the board"),
        # negatives: "decided to" (what the body will do, no finding)
        (f'The committee decided to call the system "{_UNFIT}."', "not fit", None),
    ],
)

TWO_ROLES_ONE_PERSON = cases(
    "titles and abbreviations",
    [
        (f'Ex-BBC host and East Midlands MEP Tom Kell said: "{_STOLEN}."', "The vote was", "Tom Kell"),
        (f'Ex-BBC host and Labour MEP Tom Kell said: "{_STOLEN}."', "The vote was", "Tom Kell"),
        (f'Acme Foods co-founder and Ohio state Senator Ann Roe said: "{_STOLEN}."', "The vote was", "Ann Roe"),
        # negatives: no title in the second conjunct; a body's name and a person
        (f'Ex-BBC host and Ann Roe said: "{_STOLEN}."', "The vote was", None),
        (f'Yahoo News and former TV network anchor Ann Roe said: "{_STOLEN}."', "The vote was", None),
    ],
)

_PATIENTS = "We will see more of these patients every year"

PERSON_OF_THE_BODY = cases(
    "pronouns and role nouns",
    [
        (f'In his editorial, Dr. Kell of the U.C.S.F. acknowledged the risks.\n\n"{_PATIENTS}," he wrote.', "We will see", "Kell"),
        (f'Dr. Tom Kell of the Red Cross acknowledged the risks.\n\n"{_PATIENTS}," he wrote.', "We will see", "Tom Kell"),
        (f'Ann Roe of the Finance Committee backed the plan.\n\n"{_PATIENTS}," she said.', "We will see", "Ann Roe"),
        # negatives: a body's name with "of" in it; an office before its holder
        (f'Bank of America posted a loss on Monday.\n\n"{_PATIENTS}," he said.', "We will see", None),
        (f'Secretary of State John Kerry met the press.\n\n"{_PATIENTS}," he said.', "We will see", "John Kerry"),
    ],
)

FIX37_CASES = PERSON_OF_THE_BODY + GIVEN_NAME_ALONE + SURNAME_THAT_IS_A_TITLE + BODY_NEVER_HE + DOCUMENTS_WRITER + BODY_DECIDED_THAT + TWO_ROLES_ONE_PERSON
