"""Attribution cases of session 31 (helper wrong31): wrong names under quotes, read on the dragnet
and web pools, turned into the right speaker or into none.

* A yes-no question after a sentence about a person ("Dan Hale is voting for Tom Pike. Does he
  think Pike will help him? “…”") gave the quote to the person asked about (Pike): our subject
  reader skipped the inverted auxiliary and its pronoun and took the first name after them for the
  sentence's subject. A question opened by an auxiliary ("Does", "Is", "Was", "Will", …) and
  closed by "?" has its subject read after the auxiliary, and only a name or a he/she counts: the
  one asked about answers ("Was Hale satisfied? “To a point,” he said"). A copula asking what a
  name is or how a he/she is ("Is Pike the answer?", "Is he serious?") gives none: anyone may
  answer that.
* A headline question opened by "Will" ("Game over. Will Pike come down off the fence?") made
  "Will Pike" a name, the fullest form every later "Pike" resolved to, though the article names
  "Tom Pike". "Will" opening a sentence that goes on in lower case to a "?" is the auxiliary.
* An indefinite new person introduced as subject between a named person and a "he" ("Tom Pike
  wrote a column. A troll then accused him of lying. “…,” he posted") gave the quote to the named
  man: the new person's noun ("troll", "commenter", "stranger", "heckler", "gunman", …) was no
  person noun of ours, so its sentence gave no referent and the pronoun went back past it. These
  nouns are people now, so the pronoun is the newcomer's ("a troll").
* A speaker joined to a role "of" an organisation ("Tom Pike, and the head of the Hope Centre
  said") was shown as "Tom Pike and Hope Centre", a pair the text never wrote: the role phrase was
  reduced to the organisation. A conjunct "the <role> of <Org>" is shown as written.

Negatives: a question whose subject after the auxiliary is a name ("Was Hale satisfied …?") gives
that name, and a statement whose subject is a name keeps it; "Will" as a given name in a statement
or mid-sentence ("Will Pike said …", "thanked Will Pike") is a name; a sentence whose new subject
is a thing ("A report then accused him of lying") leaves the pronoun to the person before; a role
with its holder named ("the mayor Ann Roe") shows the holder.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_CHANCE = "I am willing to give him a chance"

YES_NO_QUESTION = cases(
    "pronouns and role nouns",
    [
        (f"Dan Hale is voting for Tom Pike. Does he think Pike will improve his lot? “{_CHANCE}.”", _CHANCE, ("Dan Hale", None)),
        (f"Dan Hale is voting for Tom Pike. Is Pike the answer? “{_CHANCE}.”", _CHANCE, None),
        ("Tom Pike played the villain. Is he serious or joking? “Every line of the film was a cliche.”", "Every line", None),
        (f"Dan Hale is voting for Tom Pike. Is Pike the man for the job? “{_CHANCE},” he said.", _CHANCE, ("Dan Hale", None)),
        (f"Dan Hale is voting for Tom Pike. Does he think Pike will improve his lot? “{_CHANCE},” he said.", _CHANCE, ("Dan Hale", None)),
        (f"Dan Hale is voting for Ann Roe. Does she think Roe will improve his lot? “{_CHANCE}.”", _CHANCE, ("Dan Hale", None)),
        # negatives: the question's own subject a name, who answers; a statement's subject; "Will" a given name
        ("Tom Pike met Dan Hale in a cafe. Pike explained his plan. Was Hale satisfied with Pike's answer? “To a point,” he said.", "To a point", "Dan Hale"),
        ("Ann Roe met Dan Hale in a cafe. Did Roe like the plan? “Parts of it,” she said.", "Parts of it", "Ann Roe"),
        (f"Dan Hale is voting for Tom Pike. “{_CHANCE},” he said.", _CHANCE, "Dan Hale"),
        ('Will Pike said the vote was close. "We will win this seat," he said.', "We will win", "Will Pike"),
        (f"Dan Hale is voting for Tom Pike. Does he think Pike will improve his lot? “{_CHANCE},” Hale said.", _CHANCE, "Dan Hale"),
    ],
)

_FIGHT = "We will fight on to the convention"

WILL_OPENING_A_QUESTION = cases(
    "pronouns and role nouns",
    [
        (f'Game over. Will Pike come down off the fence?\n\nAfter Tuesday, Tom Pike has little chance. "{_FIGHT}," Pike said.', _FIGHT, "Tom Pike"),
        (f'Will Pike quit the race now?\n\nTom Pike spoke on Tuesday. "{_FIGHT}," he said.', _FIGHT, "Tom Pike"),
        # negatives: "Will" a given name in a statement, or mid-sentence
        ('Will Pike said the vote was close. "We will win this seat," he said.', "We will win", "Will Pike"),
        ('The mayor thanked Will Pike for his work. "He never gave up," Pike said.', "He never gave up", "Will Pike"),
    ],
)

_FRAUD = "You are a fraud and everyone knows it"

NEW_PERSON_BETWEEN = cases(
    "pronouns and role nouns",
    [
        (f'Tom Pike wrote a column about the rally. A troll then accused him of lying. "{_FRAUD}," he posted.', "You are a fraud", ("a troll", None)),
        (f'Tom Pike wrote a column about the rally. A commenter then accused him of lying. "{_FRAUD}," he wrote.', "You are a fraud", ("a commenter", None)),
        (f'Tom Pike spoke at the rally. A stranger then approached him. "{_FRAUD}," he said.', "You are a fraud", ("a stranger", None)),
        (f'Tom Pike spoke at the rally. A heckler then interrupted him. "{_FRAUD}," he shouted.', "You are a fraud", ("a heckler", None)),
        # negatives: the new subject a thing; no one between
        ('Tom Pike wrote a column. A report then accused him of lying. "That is false and unfair," he said.', "That is false", "Tom Pike"),
        ('Tom Pike wrote a column about the rally. "That is false and unfair," he said.', "That is false", "Tom Pike"),
    ],
)

_DOORS = "We will keep the doors open"

ROLE_OF_AN_ORGANISATION = cases(
    "clause frames around the speaker",
    [
        (f'Tom Pike, and the head of the Hope Centre said: "{_DOORS}."', _DOORS, ("Tom Pike and the head of the Hope Centre", None)),
        (f'Tom Pike and the director of the Lark Trust said: "{_DOORS}."', _DOORS, ("Tom Pike and the director of the Lark Trust", None)),
        # negatives: a role with its holder named
        (f'Tom Pike and the mayor Ann Roe said: "{_DOORS}."', _DOORS, "Tom Pike and Ann Roe"),
    ],
)

WRONG31_CASES = YES_NO_QUESTION + WILL_OPENING_A_QUESTION + NEW_PERSON_BETWEEN + ROLE_OF_AN_ORGANISATION
