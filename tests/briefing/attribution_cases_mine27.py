"""Attribution cases of session 27 (coordinator): a verb addressed to someone after a subject's
appositive; "says" is never a noun.

"Elena Sokolova, the city's health minister, thanked Ann Weller for the report. “…,” she said."
gave Ann Weller: "…, thanked Ann Weller" was read as an inverted cue closing the sentence (as in
"…, said Ann Weller"), so the one thanked became the sentence's speaker and the next "she" hers.
A verb whose object is the person addressed (``speech_lexicon.ADDRESSEE_VERBS``: thank, praise,
accuse, mock …) is never inverted; its subject is the one before it. Found by the generated
battery (``battery27.py``). Negatives: the pronoun with no one of its gender but the object.

"A lawyer for the mayor says that the plan was “…”" gave nobody, where "said that" gave the
lawyer: "says" was taken for a plural noun of saying ("the mayor says that …" read like "the
gripes over …", whose speakers go unnamed). "says" is only ever a verb.

When unsure, say less: "Aida Brandt praised the plan. Kell “would rather wait …”" gave Brandt
(her paraphrase handed on), though the quote is the predicate of Kell, a word no list knows,
alone before it; and "Markets in Tokyo showed “…”" gave Tokyo, a plural common noun's place
read as the subject. Both now give nobody. Negatives: "Politicians in Britain" are people of a
kind and keep their description.

"Ann Weller, the city's mayor, dismissed the report as “…”" gave nobody, where "Ann Weller
dismissed the report as" gave her: the comma closing the appositive was read as setting off a
passive participle ("Dorsey, long derided as “…”", whose subject is the one judged). A judging
verb with its object before "as" is active. Negatives: the participle with no object, and the
agent after "by".
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_MET = "The council met on Monday.\n\n"
_Q = "“We will read every page of it before we decide anything,”"

ADDRESSED_AFTER_AN_APPOSITIVE = cases(
    "pronouns and role nouns",
    [
        (f"{_MET}Elena Sokolova, the city's health minister, thanked Ann Weller for the report. {_Q} she said.",
         "We will read every page", "Elena Sokolova"),
        (f"{_MET}Tom Kell, the treasurer, praised Dan Ruiz for his work. {_Q} he says.",
         "We will read every page", "Tom Kell"),
        (f"{_MET}Tom Kell, 58, accused Dan Ruiz of hiding the figures. {_Q} he said.",
         "We will read every page", "Tom Kell"),
        # the object is the only one of the pronoun's gender: still never the subject
        (f"{_MET}Elena Sokolova, the city's health minister, thanked Tom Kell for the report. {_Q} he said.",
         "We will read every page", ("Tom Kell", None)),
        # kept: an inverted cue of saying names its subject after the verb
        (f"{_MET}The plan is dead, said Ann Weller, the mayor. {_Q} she said.", "We will read every page", "Ann Weller"),
    ],
)

SAYS_IS_A_VERB = cases(
    "speech verbs in every form",
    [
        (f"{_MET}A lawyer for the mayor says that the plan was “dead on arrival and never had a chance.”",
         "dead on arrival", ("a lawyer", "a lawyer for the mayor")),
        (f"{_MET}The spokesman for the mayor says that the plan was “dead on arrival and never had a chance.”",
         "dead on arrival", ("the spokesman", "the spokesman for the mayor")),
        # kept: a plural noun of saying in a prepositional phrase names no one
        (f"{_MET}Ann Weller rolled her eyes at the gripes over “a plan that never had a chance.”",
         "a plan that never", None),
    ],
)

NO_SUBJECT_TO_BORROW = cases(
    "when unsure, say less",
    [
        (f"{_MET}Aida Brandt praised the plan. Kell “would rather wait until the audit is done before we spend a cent.”",
         "would rather wait", (None, "Kell")),
        (f"{_MET}Markets in Tokyo showed “no sign of panic at all in the first hours of trading.”", "no sign of panic", None),
        (f"{_MET}Shares in Brightway fell after the chief executive called the results “a bump in the road.”",
         "a bump in the road", "the chief executive"),
        # kept: people placed keep their description
        (f"{_MET}Politicians in Britain condemned the plan as “a cruel joke played on the poorest families.”",
         "a cruel joke", "politicians"),
    ],
)

JUDGED_AFTER_AN_APPOSITIVE = cases(
    "long material between quote, speaker and verb",
    [
        (f"{_MET}Ann Weller, the city's mayor, dismissed the report as “nothing more than a partisan hit job.”",
         "nothing more than", "Ann Weller"),
        (f"{_MET}Tom Kell, 58, a former judge, blasted the ruling as “a gift to every crook in the state.”",
         "a gift to every crook", "Tom Kell"),
        # kept: a participle set off, no object: the one judged is no speaker
        (f"{_MET}Gov. Paul Dorsey, long derided as “the man who never read a bill,” retired on Tuesday.",
         "the man who never", None),
        (f"{_MET}The plan, hailed by critics as “a partisan hit job with no facts behind it,” passed.",
         "a partisan hit job", "critics"),
    ],
)

MINE27_CASES = ADDRESSED_AFTER_AN_APPOSITIVE + SAYS_IS_A_VERB + NO_SUBJECT_TO_BORROW + JUDGED_AFTER_AN_APPOSITIVE
