"""Attribution cases of session 29 (helper fix29): the wrong person shown, and a date glued to a name.

* a role "for" or "of" someone whom a singular noun of a person titles, "a spokesman for Democratic
  presidential candidate Ann Roe", "a lawyer for former governor Tom Kell", showed the candidate or
  the governor as the speaker: the head reader took the name for one apposed to a description
  ("the journalist Olivia Messer"). The worst error there is, words put in someone else's mouth; the
  whole role phrase is the speaker now;
* a title's colon inside a relative clause set off before the verb ("The actor, whose films
  include Star Wars: The Lost Moon, said") was read as a lead-in's colon, and the title's last
  words ("the Lost Moon") became the speaker of the quote and of the paragraphs it runs on into;
* a person a film or a photo shows, with an aside set off by commas before the participle of
  saying ("The film showed Mr Tarrant, apparently talking about the vote, telling the meeting:"),
  gave the film as the speaker, and the paragraphs the quote runs on into;
* a weekday after "on" or a word of time, or a month after a day's number, opening a run of
  capitals with the name after it: "On Monday Brady said" showed "Monday Brady", "On Monday Xandru
  Pellico" (a given name we do not know) "Monday Xandru Pellico". The date is no part of the name.

Negatives: a name apposed to an office whose complement is no person keeps the name ("the chief of
staff Reince Priebus", "the secretary of state Ann Roe"), so does one after a plural ("the minister
for women Ann Roe"), a name after the role and a comma ("a spokesman, John Kell,"), a name after a
body's role noun ("Clinton spokesman Brian Fallon"); a weekday with no "on" or word of time before it
is a given name ("Tuesday Weld said"), and a weekday after a name is still the day ("said Jane Roe on
Friday"). Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ROLES_FOR_TITLED = cases(
    "pronouns and role nouns",
    [
        ('"We are confident of a win," said a spokesman for Democratic presidential candidate Ann Roe.',
         "We are confident", "a spokesman for Democratic presidential candidate Ann Roe"),
        ('"The charges are baseless," a lawyer for former governor Tom Kell said.',
         "The charges are baseless", "a lawyer for former governor Tom Kell"),
        ('An aide of Republican senator Mia Vance said: "She will not resign."',
         "She will not resign", "an aide of Republican senator Mia Vance"),
        ('"He is at home with his family," the spokeswoman for presidential hopeful Ed Brill told reporters.',
         "He is at home", "the spokeswoman for presidential hopeful Ed Brill"),
        ('"She is resting," a representative for pop star Lia Vence said.', "She is resting", "a representative for pop star Lia Vence"),
        ('"It is over," said an attorney for defendant Rick Pell.', "It is over", "an attorney for defendant Rick Pell"),
        # negatives: the name is the speaker's own
        ('"It is over," said Ann Roe, a spokeswoman for presidential candidate Tom Kell.', "It is over", "Ann Roe"),
        ('"We are confident of a win," said Roe spokesman Brian Fallow.', "We are confident", "Brian Fallow"),
        ('"We are confident of a win," a spokesman, John Kell, said.', "We are confident", "John Kell"),
        ('"It is over," said the chief of staff Rita Vance.', "It is over", "Rita Vance"),
        ('"It is over," said the secretary of state Ann Roe.', "It is over", "Ann Roe"),
        ('"It is over," said the minister for women Ann Roe.', "It is over", "Ann Roe"),
        ('"We will win," a spokeswoman for Mary Hollis told reporters.', "We will win", "a spokeswoman for Mary Hollis"),
    ],
)

DATES_BEFORE_NAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        ('On Monday Brady said: "We will win the vote."', "We will win the vote", "Brady"),
        ('On Monday Xandru Pellico said: "We will win the vote."', "We will win the vote", "Xandru Pellico"),
        ('Last Friday Ann Brady told the council: "We will win the vote."', "We will win the vote", "Ann Brady"),
        # negatives: a weekday that is a given name, a weekday after the name
        ('"We will win the vote," Tuesday Weld said.', "We will win the vote", "Tuesday Weld"),
        ('"We will win the vote," said Jane Roe on Friday.', "We will win the vote", "Jane Roe"),
        ('"We will win the vote," said Theresa May.', "We will win the vote", "Theresa May"),
    ],
)

TITLE_COLONS = cases(
    "clause frames around the speaker",
    [
        ('The actor, whose films include Star Wars: The Lost Moon, said: "The old theatre gave me a start."',
         "The old theatre", "the actor"),
        ('Actor Ned Corran, whose films include Red Sky, Long Road and Space Raiders: The Lost Moon, said: "The old theatre gave me a start."',
         "The old theatre", "Ned Corran"),
        ('Ned Corran, who starred in Space Raiders: The Return of the Moon, said: "The old theatre gave me a start."\n\n'
         '"In those days we did a play every month."',
         "In those days", "Ned Corran"),
        # negatives: a lead-in's colon before the verb's own clause
        ('One thing was clear: the superintendent said the school "will stay open".', "will stay open", "the superintendent"),
    ],
)

SHOWN_SET_OFF = cases(
    "clause frames around the speaker",
    [
        ('The film showed Mr Tarrant, apparently talking about the vote, telling the meeting: "The big losers do not care."\n\n'
         '"It is like a club for them."',
         "It is like a club", ("Tarrant", "Mr Tarrant")),
        ('The footage showed Ann Roe, visibly angry, telling the crowd: "We will not go back."', "We will not go back", "Ann Roe"),
        # negatives: a verb of no showing keeps the main clause's subject
        ('The mayor thanked Ann Roe, his deputy, saying: "We will not go back."', "We will not go back", "the mayor"),
    ],
)

FIX29_CASES = ROLES_FOR_TITLED + DATES_BEFORE_NAMES + TITLE_COLONS + SHOWN_SET_OFF
