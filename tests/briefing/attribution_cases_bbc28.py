"""Attribution cases of session 28 (helper bbc28): British news style, read on the BBC News pool.

Speaker phrases of British papers that the readers built on US, Reuters and Canadian news took
apart wrongly, or not at all:

* a seat named for two places: "the MP for Sittingbourne and Sheppey said" gave "the MP and
  Sheppey", two speakers, and a pronoun later resolved to the place; so did a person "of" a firm
  whose name holds "&" ("said Ann Roe of Marks & Spencer", "Tom Kell of administrators Kell &
  Partners"), and "Standard & Poor's" ending on its possessive gave nobody;
* roles before a name joined by "and" where one role is a capitalised noun: "former Olympian and
  BBC pundit Steve Cram" gave "Olympian and Steve Cram"; a show's or a firm's name holding "and"
  before its star or analyst, "Only Fools and Horses star David Jason", "Ernst and Young's Sanjay
  Mehta", gave "Fools and David Jason", "Ernst and Sanjay Mehta"; a body whose name holds a
  preposition, in the possessive before its spokesman's name ("War on Want's John Hilary"), gave
  "War";
* letters after a name, "Tom Kell MSP", "Ann Roe QC", were kept as part of it (an organisation);
* a nation's adjective opening a bare title set off before the name, "Scottish Finance Minister,
  Tom McCabe MSP, said", gave the title as the speaker's name;
* a body's name before a lower-case role set off before the name, "said EEF chief economist,
  Steve Radley", gave nobody; so did "said Gardener afterwards", "said Ruiz ahead of the tie".

Negatives: a person after "and" stays a second speaker ("the MP for Bath and Ann Roe", "Ann Roe of
Ohio and Poe": no "&" there), letters after a role are no name's ("said Tory MP" stays the role),
a nation's adjective before a full name keeps the name ("French President Jacques Chirac"), a
possessive after a name still owns the quote's subject. Invented names and wording throughout.
(The BBC pages' quotations run over paragraphs with their breaks lost, '"A. "B. "C."', are
``lost_breaks``'s, tested in ``test_lost_breaks``.)
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SEATS_AND_FIRMS = cases(
    "names: particles, numbers, places and headlines",
    [
        ('The MP for Dunmere and Sheppey said Mr Blane had been "trying very hard" to win back trust.',
         "trying very hard", ("the MP", "the MP for Dunmere and Sheppey")),
        ('But the Tory MP for Ashcombe and North Fenby admitted the office "cannot be frozen in time".',
         "cannot be frozen", ("the Tory MP", "the Tory MP for Ashcombe and North Fenby")),
        ('Ms Rawley, Labour MP for Hornsey and Wood Vale, backs the plan. She said: "We should welcome it."',
         "We should welcome it", "Rawley"),
        ('"Things are getting worse, but that is expected," said Mark Pellow of Barton & Grey\'s in Chicago.',
         "Things are getting worse", "Mark Pellow"),
        ('"We are pleased to announce the sale," said David Ruben of administrators David Ruben & Partners.',
         "We are pleased", "David Ruben"),
        ('"Sales were flat," said Ann Lorrimer of Marks & Spencer.', "Sales were flat", "Ann Lorrimer"),
        # negatives: a second speaker after "and", with no "&" of a firm's name
        ('The MP for Bath and Ann Roe said the bill was "a disgrace".', "a disgrace", ("Ann Roe and the MP", "the MP and Ann Roe", None)),
        ('"We will fight it," said Tom Hale of Ohio and Ben Poe.', "We will fight it", ("Tom Hale and Ben Poe", None)),
        ('"We will fight it," said Tom Hale of Ohio and Poe.', "We will fight it", ("Tom Hale and Poe", None)),
    ],
)

ROLES_AND_LETTERS = cases(
    "titles and abbreviations",
    [
        ('"It is a lot easier being the champion," points out former Olympian and BBC pundit Steve Crane.',
         "It is a lot easier", "Steve Crane"),
        ('"You need a real desire," said former Olympian and Sky presenter Ann Bowe.', "You need a real desire", "Ann Bowe"),
        ('Scottish Finance Minister, Tom McCabbin MSP, said: "Last week I announced more money for councils."',
         "Last week I announced", "Tom McCabbin"),
        ('Welsh Health Minister, Ann Rowe, said: "We are ready for the winter."', "We are ready for the winter", "Ann Rowe"),
        ('"Its a form of disguise," said the Tory finance spokesman, Brian Monteal MSP.', "Its a form of disguise", "Brian Monteal"),
        ('The chairman of the Bar Council, Guy Mansell QC, warned of "a real risk" to the young.', "a real risk", "Guy Mansell"),
        ('"Rates should hold," said BKF chief economist, Tom Wexley. "However, the bank must be ready."',
         "Rates should hold", "Tom Wexley"),
        ('"Rates should hold," said BKF chief economist, Tom Wexley. "However, the bank must be ready."',
         "However, the bank", "Tom Wexley"),
        ('"Sales fell again," said Barclays analyst, Ann Rowe.', "Sales fell again", "Ann Rowe"),
        # negatives: letters after a role, a nation's adjective before a name, no name at all
        ('"It is fine by us," said Tory MP.', "It is fine by us", ("Tory MP", None)),
        ('French President Jacques Charrin said: "We are ready."', "We are ready", "Jacques Charrin"),
        ('"We are ready," said Acme Foods, the maker.', "We are ready", "Acme Foods"),
        # a show's or a firm's name holding "and" before its star or its analyst
        ('Last week Only Dogs and Horses star David Jaxon said TV was "too safe and too cheap".',
         "too safe and too cheap", "David Jaxon"),
        ('"The relaxation could ignite interest," added Ernst and Young\'s Sanjay Mehtar.',
         "The relaxation could ignite", "Sanjay Mehtar"),
        ('Hunger on Trial\'s John Hillary said: "Rhetoric cannot disguise the reality."', "Rhetoric cannot disguise", "John Hillary"),
        ('"The deal is off," said Ann Roe of the Gazette\'s Tom Hale.', "The deal is off", ("Ann Roe", None)),
        # negatives: a role with no name of a body before it is no star's; a plural's possessive
        ('"We are ready," said Acme and former TV anchor Katie Cordell.', "We are ready",
         ("Acme and Katie Cordell", "Acme and former TV anchor Katie Cordell", None)),
        ('The Christian Medical Society and Lawyers\' Christian Fellowship said it would come by the "back door".',
         "back door", ("the Christian Medical Society and Lawyers' Christian Fellowship",
                       "the Christian Medical Society and Christian Fellowship", None)),
    ],
)

WHEN_AFTER_THE_NAME = cases(
    "long material between quote, speaker and verb",
    [
        ('Hartley came fifth. "You cannot win every race," said Hartley afterwards. "And I was annoyed."',
         "You cannot win every race", "Hartley"),
        ('Hartley came fifth. "You cannot win every race," said Hartley afterwards. "And I was annoyed."',
         "And I was annoyed", "Hartley"),
        ('"We will be ready for them," said Tom Castanet ahead of the 12 March tie.', "We will be ready", "Tom Castanet"),
        ('"We will be ready for them," the coach said afterwards.', "We will be ready", "the coach"),
        # negative: the name's possessive owns the quote's subject
        ('Kell, in a statement, said Reyes\' "plan is dead".', "plan is dead", (None, "Kell")),
    ],
)

BBC28_CASES = SEATS_AND_FIRMS + ROLES_AND_LETTERS + WHEN_AFTER_THE_NAME
