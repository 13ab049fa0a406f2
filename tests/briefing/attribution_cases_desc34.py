"""Attribution cases of session 34 (helper desc34): a description (a role, a group, a body) as the
subject right before a quote in its own sentence, with a cue that was missing from the speech
lexicon although its other forms were in it.

Read on the readable PolNeAR halves (quotations and paraphrases put in quote marks) for the
descriptions left with no speaker before the quote: most cues there are verbs of a view, a wish
or an act whose object the quote is ("voters elected “…”", "the agency released “…”", "the
bill would prohibit “…”"), where a real quotation would be someone else's words or a title, so
no speaker stays right. Two gaps were speech:

* "point out" had its "points out", "pointed out" and "to point out" forms but not the plural
  subject's ("Labor leaders point out “…”"), so a group or a plural role before it gave no one (a
  name got its speaker through the name readers). The participle comes in only before its colon
  ("The union's leaders left, pointing out: “…”"): before an object it shows a text ('kept
  pointing out the sign that read “…”': the sign's words).
* "made clear" and "made it clear" (every form) before a colon: "The ministry made it clear: “…”"
  gave no one while "Tom Kell made it clear: “…”" gave Kell. Only with the colon: "made clear its
  opposition to “…”" has an object, maybe others' words.

Negatives: an object shown stays its own reader's (the sign that read), others' words after an
object ("made clear its opposition to “…”"), a thing's "made it clear" whose quote is a subject
in the clause. Left alone: "hypothesize" beside "theorize" and "speculate" is speech too, but on
the dev pages it made a bare quote paragraph between a named speaker and "The pollster
hypothesized …" lose its speaker (the paragraph reader will not take the pollster for the name
before), and it gained one paraphrase only. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_TOWN = "we will not give up on this town whatever happens"

POINT_OUT_FORMS = cases(
    "speech verbs in every form",
    [
        (f'Labor leaders point out "{_TOWN}."', "we will not give up", "labor leaders"),
        (f'Labor leaders point out that "{_TOWN}."', "we will not give up", "labor leaders"),
        (f'Aides to the mayor point out: "{_TOWN}."', "we will not give up", ("aides", "aides to the mayor")),
        (f'The union\'s leaders left the hall, pointing out: "{_TOWN}."', "we will not give up", "the union's leaders"),
        # negatives: an object shown is read by its own verb
        (f'Critics kept pointing out the sign that read "{_TOWN}."', "we will not give up", ("the sign", None)),
        (f'Ann Weller kept pointing out the sign that read "{_TOWN}."', "we will not give up", ("the sign", None)),
    ],
)

MADE_CLEAR_COLON = cases(
    "organisations, documents and groups",
    [
        (f'The ministry made it clear: "{_TOWN}."', "we will not give up", "the ministry"),
        (f'Officials made clear: "{_TOWN}."', "we will not give up", "officials"),
        (f'The union makes it clear: "{_TOWN}."', "we will not give up", "the union"),
        (f'Tom Kell made it clear: "{_TOWN}."', "we will not give up", "Tom Kell"),
        # negatives: an object after "made clear"; the quote the subject of the clause after the colon
        (f'The ministry made clear its opposition to "{_TOWN}."', "we will not give up", None),
        (f'The result made it clear: "{_TOWN}" was not the answer.', "we will not give up", None),
    ],
)

DESC34_CASES = POINT_OUT_FORMS + MADE_CLEAR_COLON
