"""Attribution cases of session 27 (helper desc27): speakers that are descriptions, not names.

Description speakers ("the president of the local union", "a heckler", "protesters") are where
unseen text fails most, and the worst of it is a nearby name taking their place. Three families:

- A role and what it is the role of ("the president of the local union", "a member of the
  board", "the head of the nurses' union") was cut at its "of" to "the president", a bare title
  the text's "President Barack Obama" then claimed. The phrase is now kept whole
  (``groups.role_of``), and it stands for a named person only when the text wrote that person with
  that role and its complement ("Ed Marsh, the president of the local union,":
  ``NameRegistry.resolve_title``). Negatives: the apposed name still wins ("the chairman of the
  caucus, Rep. Carl Mott,"); an office's own complement in capitals or without a determiner
  ("secretary of the Navy", "secretary of state") keeps its old reading.
- A participle after a clause of time or cause with a person as its subject ("The feud began
  when Norvik Corp. filed a suit, alleging “…”") is that person's when the main clause's subject
  is a thing; when it is a person too ("Olsen arrived as a heckler stood up, shouting “…”") either
  may speak, so nobody (it was the main clause's subject). Negatives: a clause whose subject is no
  one who speaks ("as the vote neared", "when the meeting ended", "as it cheered") leaves the
  participle with the main clause's subject.
- A verb that moves someone to issue a text, before a participle of the text ("prompted the
  tabloid to print a cover saying “…”", "urged the union to send a letter saying"): the one moved
  issues it, not the main clause's subject. Negatives: an infinitive that issues nothing ("asked
  reporters to read the statement saying"), a participle set off by a comma ("urged the union to
  stop the strike, saying") keep the main clause's subject.
- A description set off after a name by an adverb ("Ann Pike, also a former governor of the
  state tweeted") is apposed to the name even without its closing comma: the name speaks.

Also guards (they passed before): descriptions before and after the quote, in "according to",
organisations, groups with participles, a description apposed to a name. Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ROLE_OF_A_BODY = cases(
    "pronouns and role nouns",
    [
        ('President Barack Obama visited the plant on Monday. "We were not consulted," the president of the local union said.',
         "We were not consulted", "the president of the local union"),
        ('Governor Ray Olsen visited the plant on Monday. "We were not consulted," the governor of the neighboring state said.',
         "We were not consulted", "the governor of the neighboring state"),
        ('Ray Olsen, the chief executive, visited the mill. "We were not consulted," the chief of the local fire department said.',
         "We were not consulted", "the chief of the local fire department"),
        ('Mayor Dana Whitlock unveiled the budget. "The vote will come by June," a member of the board said.',
         "The vote will come by June", "a member of the board"),
        ('Mayor Dana Whitlock unveiled the budget. "The vote will come by June," the head of the nurses\' union said.',
         "The vote will come by June", "the head of the nurses' union"),
        ('Ed Marsh, the president of the local union, met the governor. "We were not consulted," the president of the local union said.',
         "We were not consulted", "Ed Marsh"),
        ('Ed Marsh, the president of the local union, met President Barack Obama on Monday. Later the president of the union '
         'said the talks were "a waste of time."', "a waste of time", "Ed Marsh"),
        ('In a statement, the chairman of the caucus, Representative Carl Mott, called the charges "very serious and troubling" '
         'and urged Lane to "cooperate fully with any inquiry into this matter."', "cooperate fully", "Carl Mott"),
        ('"We were not consulted," said the president of the union, Ed Marsh.', "We were not consulted", "Ed Marsh"),
        ('Secretary Ann Pike toured the base. "We need more money," the secretary of the Navy said.',
         "We need more money", ("Ann Pike", "the secretary of the Navy")),
        ('After the meeting, Ann Pike, also a former governor of the state tweeted: "great talks today."', "great talks today", "Ann Pike"),
        ('After the vote, Ann Pike, now a lobbyist said: "great talks today."', "great talks today", "Ann Pike"),
    ],
)

PARTICIPLE_AFTER_A_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ('Governor Ray Olsen arrived at noon as a heckler stood up, shouting "Liar!"', "Liar!", (None, "a heckler")),
        ('Governor Ray Olsen left the hall while protesters blocked the exit, chanting "Shame!"', "Shame!", (None, "protesters")),
        ('Governor Ray Olsen left the hall because Senator Mia Lord had walked out, saying she was "done with this farce."',
         "done with this farce", (None, "Mia Lord")),
        ('Mayor Dana Whitlock waited while the senator read the letter, saying "Take your time."', "Take your time",
         (None, "Dana Whitlock")),
        ('The feud began when Norvik Corp. filed a suit against Dalton Inc. in Ohio, alleging that the rival had copied '
         '"the look and feel" of its phones.', "the look and feel", ("Norvik Corp.", "Norvik Corp")),
        ('Governor Ray Olsen left the hall as the vote neared, saying "I have seen enough."', "I have seen enough", "Ray Olsen"),
        ('Governor Ray Olsen left the hall when the meeting ended, telling reporters "I have seen enough."',
         "I have seen enough", "Ray Olsen"),
        ('Governor Ray Olsen thanked the crowd as it cheered, adding "We did it."', "We did it", "Ray Olsen"),
        ('Governor Ray Olsen left the hall as the rain began, calling the meeting "a waste of time."', "a waste of time", "Ray Olsen"),
    ],
)

MOVED_TO_ISSUE_A_TEXT = cases(
    "clause frames around the speaker",
    [
        ('Senator Paul Brenner called the paper biased, which prompted the tabloid to print a cover saying "Go Home, Paul!"',
         "Go Home, Paul!", "the tabloid"),
        ('Senator Paul Brenner urged the union to send a letter saying it "will not strike."', "will not strike", "the union"),
        ("Senator Paul Brenner's remarks forced the newspaper to run a correction saying it \"regrets the error.\"",
         "regrets the error", "the newspaper"),
        ('The remarks prompted Carl Mott to issue a statement saying he was "deeply offended."', "deeply offended", "Carl Mott"),
        ('Senator Paul Brenner asked reporters to read the statement saying he "will not resign."', "will not resign",
         ("Paul Brenner", None)),
        ('Senator Paul Brenner urged the union to stop the strike, saying it "hurts families."', "hurts families", "Paul Brenner"),
    ],
)

DESCRIPTIONS_AROUND_THE_QUOTE = cases(
    "organisations, documents and groups",
    [
        ('Mayor Dana Whitlock unveiled the budget on Monday. "This plan will not raise taxes," the Republican nominee said.',
         "This plan will not raise taxes", "the Republican nominee"),
        ('Senator Lisa Harmon skipped the vote. "We will not comment on rumors," the campaign said in a statement.',
         "We will not comment on rumors", "the campaign"),
        ('Carl Duvall addressed lawmakers behind closed doors on Thursday. "The bill is dead," according to two officials '
         'familiar with the meeting.', "The bill is dead", "two officials familiar with the meeting"),
        ('Carl Duvall addressed lawmakers behind closed doors. "You have all let me down," he said, according to officials '
         'with knowledge of the meeting.', "You have all let me down", "Carl Duvall"),
        ('Governor Ray Olsen announced the plan on Monday. The tabloid ran a front page saying "Ray Goes Broke."', "Ray Goes Broke", "the tabloid"),
        ('The town was in a festive mood, with many marchers and spectators chanting "We are Millbrook" and "Stand together."',
         "We are Millbrook", "many marchers and spectators"),
        ('Governor Ray Olsen announced the plan on Monday. A top aide, Jane Roe, said, "We expect a vote by June."',
         "We expect a vote by June", "Jane Roe"),
        ('Governor Ray Olsen walked onto the stage. A heckler stood up, shouting "You lied to us!"', "You lied to us!", "a heckler"),
    ],
)

DESC27_CASES = ROLE_OF_A_BODY + PARTICIPLE_AFTER_A_CLAUSE + MOVED_TO_ISSUE_A_TEXT + DESCRIPTIONS_AROUND_THE_QUOTE
