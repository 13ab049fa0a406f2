"""Attribution cases of session 35 (helper heorg35): a "he" or "she" given to a lone capitalised
word that is a body's name, not a person's.

* "Alan Milburn is taking that role this time. In a break with the past, Tesco will not hold a
  daily news conference in London. “…,” he said" gave the quote to Tesco: the one-word name
  opening the sentence before the quote was entered as the latest subject, and nothing in the
  text gave it a gender that would rule it out. "Labour" is already left out (a party's name);
  any other firm, charity or club was not. A lone capitalised word the text never makes a person
  (no title or honorific, no given name, no gender learnt, no quote of its own, no "who" after
  it, no person's noun before it, no role or age set off after it, no he/his (she/her) after it
  in a sentence) that stands, in a sentence before the pronoun's that does not have it report
  words ("Okafor has been saying the plan is a fraud" goes on with its turn; "Vexmoor said its
  profits fell" is a body's report all the same), after a person of the
  pronoun's gender in its own paragraph leaves the pronoun to no one: the words may be that
  person's or a spokesman's for the body, never the body's own, and a wrong name is worse than
  none.

Negatives: a surname the text gave in full before ("Ann Roe runs the farm. Roe will not …") is
that person; a one-word name with no person of the pronoun's gender before it ("Madonna …, she
said"; "Alan Milburn …. Madonna …, she said") stays; so does one the text makes a person ("Dalby
said he …", "Mr Dalby", "Okafor, 54,", "Falwell, who runs the school,", a sentence opening on
"He" after it), one opening a paragraph after the person's ("Alan Milburn spoke first. ⏎
Okafor defied the question. “…,” he said"), and a plural name ("the Tories"), already read. A
person whose given name tells no gender ("Dana Cole") rules nothing out, so the word stays there
(left alone: the rule needs a known rival). Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_TRAVEL = "We will travel the country and meet voters where they are"
_HIRING = "We are hiring in every town we serve"

BODY_WORD_AFTER_PERSON = cases(
    "pronouns and role nouns",
    [
        (f'Alan Milburn is taking that role this time. In a break with the past, Tesco will not hold a daily news conference in London. "{_TRAVEL}," he said.', "We will travel", None),
        (f'Alan Milburn is taking that role this time. In a break with the past, Greenpeace will not hold a daily news conference in London. "{_TRAVEL}," he said.', "We will travel", None),
        (f'Alan Milburn is taking that role this time. Vexmoor said its profits fell. "{_HIRING}," he said.', "We are hiring", None),
        (f'Ann Roe hosted the launch. Vexmoor will open two more stores in the north next year. "{_HIRING}," she said.', "We are hiring", None),
        (f'Maria Cole chairs the board. Vexmoor will open two more stores in the north next year. "{_HIRING}," she said.', "We are hiring", None),
        # negatives: a plural name; a surname given in full before; no rival of the pronoun's gender
        (f'Alan Milburn is taking that role this time. In a break with the past, the Tories will not hold a daily news conference in London. "{_TRAVEL}," he said.', "We will travel", "Alan Milburn"),
        (f'Ann Roe runs the farm. Roe will not hold a daily news conference in London. "{_TRAVEL}," she said.', "We will travel", "Ann Roe"),
        (f'Madonna will not hold a daily news conference in London. "{_TRAVEL}," she said.', "We will travel", "Madonna"),
        (f'Alan Milburn is taking that role this time. Madonna will not hold a daily news conference in London. "{_TRAVEL}," she said.', "We will travel", "Madonna"),
        # negatives: the text makes the word a person
        (f'Alan Milburn hosted the launch. Dalby said he will not hold a daily news conference in London. "{_TRAVEL}," he said.', "We will travel", "Dalby"),
        (f'Alan Milburn hosted the launch. Mr Dalby will not hold a daily news conference in London. "{_TRAVEL}," he said.', "We will travel", "Dalby"),
        (f'Alan Milburn hosted the launch. Okafor, 54, will not hold a daily news conference in London. "{_HIRING}," he said.', "We are hiring", "Okafor"),
        (f'Alan Milburn hosted the launch. Falwell, who runs the school, will not hold a daily news conference. "{_HIRING}," he said.', "We are hiring", "Falwell"),
        (f'Alan Milburn spoke first. Okafor questions the plan. He has been working with the council on it. "{_HIRING}," he said.', "We are hiring", "Okafor"),
        # negative: the word reports words of its own, its turn going on (but not of "its" things)
        (f'Alan Milburn hosted the launch. Okafor has been saying for months that the plan is a fraud. "{_HIRING}," he said.', "We are hiring", "Okafor"),
        # negative: the word opens a paragraph of its own after the person's
        (f'Alan Milburn spoke first.\n\nOkafor defied the question. "{_HIRING}," he said.', "We are hiring", "Okafor"),
    ],
)

HEORG35_CASES = BODY_WORD_AFTER_PERSON
