"""Attribution cases of session 25 (helper subj25): people the subject index failed to register.

A "“…,” he said" after a sentence introducing a new person went back to an earlier speaker when the
sentence's subject was not read as that person:

- a coordinated subject "X and Y Z" ("Horton and Jordan Pike have clashed …") was taken for a couple
  sharing a surname, so only "Jordan Pike" was kept (and "Jordan Pike have" for a team, "Leeds
  have"): now a pair, either of whom a following "he" may be, so gender decides or no one does; a
  couple whose first word is a given name stays a couple ("David and Jeanne Heidler" -> David
  Heidler and Jeanne Heidler);
- a lower-case role before a name and an -s verb that is also a plural noun ("commissioner Wes
  Clayburn plans to …", wants, hopes, faces, backs, leads, calls, needs, claims);
- a passive agent after a reduced relative, maybe past a short phrase and a parenthesis ("the plan
  outlined in an article (published in May) by Michael Shermer");
- a sentence opening with a name and its age ("Tom Kell, 58, urged Dunleavy to wait.") was read as a
  closing cue naming the verb's object: the name is the subject, the object no speaker.
Owners' roles before names with initials ("Reyes's national security adviser H.R. Dolan") are
guarded here too.

Negatives: a pair of men before a "he" gives no speaker (neither is sure), a woman of a pair is no
"he", an object's name never becomes the subject, a female passive agent is no "he", a plural noun
before a name ("plans for the Clayburn Park") is no subject. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_FIRST = "Dale Marsh said the council would vote on Friday. “It is a good day for the town,” he said."
_FIRST_SHE = "Dora Marsh said the council would vote on Friday. “It is a good day for the town,” she said."
_Q = "“We need more money for the roads,” he said."
_QS = "“We need more money for the roads,” she said."
_START = "We need more money"


def _he(sentence: str) -> str:
    return f"{_FIRST} {sentence} {_Q}"


def _she(sentence: str) -> str:
    return f"{_FIRST} {sentence} {_QS}"


COORDINATED_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        # (Horton's gender is unknown, so a "she" may be either)
        (_she("Horton and Ann Pike have clashed over the budget for months."), _START, ("Ann Pike", None)),
        (_she("Ted Horton and Ann Pike met at city hall on Monday."), _START, "Ann Pike"),
        (_she("David and Jeanne Heidler met the mayor on Monday."), _START, "Jeanne Heidler"),
        (_he("Bill and Melinda Gatsby toured the new clinic."), _START, "Bill Gatsby"),
    ],
)

COORDINATED_SUBJECTS_UNSURE = cases(
    "when unsure, say less",
    [
        (_he("Horton and Jordan Pike have clashed over the budget for months."), _START, None),
        (_he("Horton and Jordan Pike met at city hall on Monday."), _START, None),
        (_he("Smith and Jones met at city hall on Monday."), _START, None),
        (_he("Ted Horton and Jordan Pike met at city hall on Monday."), _START, None),
        (_he("Kell and Mark Pike have argued about the plan."), _START, None),
        (f"{_FIRST_SHE} Horton and Jordan Pike have clashed over the budget. {_QS}", _START, None),
    ],
)

ROLE_THEN_NAME_S_VERB = cases(
    "pronouns and role nouns",
    [
        (_he("In Kane County, commissioner Wes Clayburn plans to attend the meeting."), _START, "Wes Clayburn"),
        (_he("In Kane County, commissioner Wes Clayburn wants to attend the meeting."), _START, "Wes Clayburn"),
        (_he("In Kane County, commissioner Wes Clayburn hopes to win a second term."), _START, "Wes Clayburn"),
        (_he("In Kane County, commissioner Wes Clayburn faces charges."), _START, "Wes Clayburn"),
        (_he("In Kane County, former commissioner Wes Clayburn backs the plan."), _START, "Wes Clayburn"),
        (_he("At the hearing, sheriff Ron Tilley leads the opposition."), _START, "Ron Tilley"),
        (_he("In Pell City, councilman Ron Tilley calls for a recount."), _START, "Ron Tilley"),
        (_she("In Kane County, treasurer Ann Coby needs a new budget."), _START, "Ann Coby"),
        (_she("Over the summer, deputy mayor Ann Coby claims the city lost money."), _START, "Ann Coby"),
    ],
)

ROLE_THEN_NAME_UNSURE = cases(
    "when unsure, say less",
    [
        (_he("In Kane County, plans for the Clayburn Park stalled."), _START, "Dale Marsh"),
        (_he("In Kane County, residents say Ann Clayburn plans to run."), _START, "Dale Marsh"),
        (_he("In May, former mayor Ann Clayburn's plans to build a park were scrapped."), _START, "Dale Marsh"),
        (_he("In Kane County, the board praised Ann Clayburn for her plans to retire."), _START, "Dale Marsh"),
    ],
)

OWNER_ROLE_INITIALS = cases(
    "titles and abbreviations",
    [
        (_he("Reyes's national security adviser H.R. Dolan said on Sunday that the talks were over."), _START, "H.R. Dolan"),
        (_he("Ohio's junior senator J.D. Vantner said on Sunday that the talks were over."), _START, "J.D. Vantner"),
        (_he("Reyes's press secretary T.J. Cole told reporters the talks were over."), _START, "T.J. Cole"),
        (_he("Reyes's national security adviser H.R. Dolan on Sunday defended the talks."), _START, "H.R. Dolan"),
        (_she("Reyes's chief of staff Ann Weller said the talks were over."), _START, "Ann Weller"),
    ],
)

PASSIVE_AGENT_AFTER_PARENTHESIS = cases(
    "pronouns and role nouns",
    [
        (_he("The plan outlined in an article (published in May) by Michael Shermont was debated."), _START, "Michael Shermont"),
        (_he("The plan outlined in an article by Michael Shermont was debated."), _START, "Michael Shermont"),
        (_he("The meeting hosted by Mark Shermont ended early."), _START, "Mark Shermont"),
        (_he("The plan was outlined (in May) by Michael Shermont."), _START, "Michael Shermont"),
    ],
)

PASSIVE_AGENT_UNSURE = cases(
    "when unsure, say less",
    [
        (_he("The plan outlined by Ann Shermont was debated."), _START, "Dale Marsh"),
        (_he("The bill passed by the Senate was debated at length."), _START, "Dale Marsh"),
        (_he("The council thanked Mark Shermont for the plan."), _START, "Dale Marsh"),
        (_he("The plan was praised by critics and by Mark Shermont's rivals."), _START, "Dale Marsh"),
    ],
)

AGED_SUBJECT_NOT_A_CUE = cases(
    "clause frames around the speaker",
    [
        ("“It is a good day for the town,” said Sam Roe. Tom Kell, 58, urged Dunleavy to wait. " + _Q, _START, "Tom Kell"),
        ("Sam Roe spoke first. Tom Kell, 58, urged Dunleavy to wait. " + _Q, _START, "Tom Kell"),
        ("“It is a good day for the town,” said Sam Roe. Later, Tom Kell, 58, urged Dunleavy to wait. " + _Q, _START, "Tom Kell"),
        ("“It is a good day for the town,” said Sam Roe. Ann Kell, 58, urged Dunleavy to wait. " + _QS, _START, "Ann Kell"),
    ],
)

AGED_SUBJECT_UNSURE = cases(
    "when unsure, say less",
    [
        ("“It is a good day for the town,” said Sam Roe. Ann Kell, 58, urged Dunleavy to wait. " + _Q, _START, ("Sam Roe", None)),
        ("“It is a good day for the town,” Tom Kell, 58, said.", "It is a good day", "Tom Kell"),
    ],
)

SUBJ25_CASES = [
    *COORDINATED_SUBJECTS,
    *COORDINATED_SUBJECTS_UNSURE,
    *ROLE_THEN_NAME_S_VERB,
    *ROLE_THEN_NAME_UNSURE,
    *OWNER_ROLE_INITIALS,
    *PASSIVE_AGENT_AFTER_PARENTHESIS,
    *PASSIVE_AGENT_UNSURE,
    *AGED_SUBJECT_NOT_A_CUE,
    *AGED_SUBJECT_UNSURE,
]
