"""Attribution cases of session 32 (helper othercue32): quotes that are the object or complement of
a verb that is no speech verb (a view, a wish, condemning or standing by something), whose
subject holds the words, read on the PolNeAR paraphrase stress test (tuning and untuned A).

A name before such a verb was read already ("Ann Roe believes “…”", "Ann Roe denounced “…”": the
sentence's subject). Other subjects were not:

* "who" opening a relative clause whose verb takes the quote ("Tom Kell, who wants “…”", "…, who
  has long opposed “…”") gave nobody, where "who said" gave the antecedent: the clause is about
  the one "who" refers back to, as with a speech verb.
* "they" before such a verb ("The nurses met on Monday. They fear “…”") gave nobody, where "They
  said" gave the group: the pronoun stands for whom it stands for with either verb.
* A description of people or a body before a verb of condemning, welcoming or standing by
  something ("The nurses' union denounced “…”", "The mayor's office welcomed “…”") gave nobody:
  only verbs of a view or a wish were read after a description. A verb of condemning or
  welcoming with the quote as its object is the subject's own words as a view's is.
* A clause fronted before a main clause that reports ("While Roe has condemned “…”, the nurses
  said …") was read as its own subject's only with a verb of a view.
* "worries" was no verb of a view ("The campaign worries “…”").
* A participle of a view or of standing by something set off after its clause ("The mayor stood
  in the square on Friday, defending “…”", "Police searched the building, believing “…”") gave
  nobody: the participle shares its clause's subject, as "…, saying “…”" does.
* A verb of a view set off by commas before the main clause's copula ("The answer, Kell believes,
  is “…”") gave nobody, where "The answer, Kell says, is “…”" gave Kell.
* "labelled" was no form of the naming verb "label" (only "labeled"), so 'The union labelled the
  plan “…”' named nobody; and "concur" made "concured".

After a speech verb, a later clause with a verb of condemning ("Kell said the plan had failed, and
the council rejected “…”") stays within the speech verb's words (``attribution_cases_subj21``), and
so does "they".

Negatives: a scare quote after the verb's object ("denounced the so-called “…”"), a quote that is
the subject of the verb ("“…” worry the union"), "they" after a sentence about no people, a
participle whose clause is about a thing ("The vote was delayed, fearing “…”"), a verb that takes
another's words to cheer them ("The crowd cheered “…”") and a passive ("The plan was labelled
“…”") name nobody. A title in marks after such a verb ("welcomed “The Long Road Home”") is no
quote at all (``not_speech``). Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_WATER = "every family in the county to pay less for water"
_TAX = "any new tax on the farms of this valley"
_CUTS = "the cruel and reckless cuts to the ward"
_DOORS = "the doors will close before the winter is out"
_REFORM = "reform of the century for the ward"

RELATIVE_VIEW = cases(
    "clause frames around the speaker",
    [
        (f"Voters will choose between two men. On one side is Tom Kell, who wants “{_WATER}”.", "every family", "Tom Kell"),
        (f"Voters will choose between two men. On one side is Tom Kell, who has long opposed “{_TAX}”.", "any new tax", "Tom Kell"),
        (f"The clinic has few friends left. One is Dr. Ann Roe, who fears “{_DOORS}”.", "the doors will", "Ann Roe"),
        (f"The ward has few friends left. One is Ann Roe, who condemned “{_CUTS}”.", "the cruel and", "Ann Roe"),
        (f"Residents who condemned “{_CUTS}” filled the hall on Monday.", "the cruel and", "residents"),
        # a fronted clause with no speech verb, before a main clause that reports
        (f"Ann Roe spoke on Monday.\n\nWhile Roe has forcefully condemned “{_CUTS}”, the nurses who wrote to her said more "
         "was needed.", "the cruel and", "Ann Roe"),
        # negatives: "which" on a thing; the quote after the object, a writer's scare quote
        (f"The ward has a new budget, which cuts “{_CUTS}” for a second year.", "the cruel and", None),
        (f"The nurses' union denounced the so-called “{_REFORM}”.", "reform of the century", None),
    ],
)

THEY_HOLD_A_VIEW = cases(
    "pronouns and role nouns",
    [
        (f"The nurses met on Monday. They fear “{_DOORS}”.", "the doors will", "the nurses"),
        (f"The nurses met on Monday. They denounced “{_CUTS}”.", "the cruel and", "the nurses"),
        (f"The nurses met on Monday. They do not want “{_WATER}”.", "every family", "the nurses"),
        # negatives: no people before "they"; the quote the subject of the verb
        (f"The vote was delayed until June. They fear “{_DOORS}”.", "the doors will", None),
        (f"“{_CUTS.capitalize()}” worry the nurses' union.", "The cruel and", None),
    ],
)

_BRIDGE = "the long overdue decision to reopen the bridge"
_COUNT = "the count will not move before the summer is over"
_BUILD = "we will build a new bridge by the end of the year"

BODY_CONDEMNS = cases(
    "organisations, documents and groups",
    [
        (f"The nurses' union denounced “{_CUTS}”.", "the cruel and", "the nurses' union"),
        (f"The mayor's office welcomed “{_BRIDGE}”.", "the long overdue", "the mayor's office"),
        (f"The farmers' union has defended “{_TAX}”.", "any new tax", "the farmers' union"),
        (f"The campaign worries “{_COUNT}”.", "the count will", "the campaign"),
        # negative: cheering another's words
        (f"The crowd cheered “{_BUILD}”.", "we will build", None),
    ],
)

_LIBRARY = "her decision to close the old library early"
_GUNMEN = "there may be as many as three gunmen inside"

PARTICIPLE_OF_A_VIEW = cases(
    "long material between quote, speaker and verb",
    [
        (f"The mayor stood in the square on Friday, defending “{_LIBRARY}”.", "her decision", "the mayor"),
        (f"Police searched the building for hours, believing “{_GUNMEN}”.", "there may be", "police"),
        (f"Ann Roe spoke for an hour, defending “{_LIBRARY}”.", "her decision", "Ann Roe"),
        # negative: the clause is about a thing
        (f"The vote was delayed for a week, fearing “{_DOORS}”.", "the doors will", None),
    ],
)

_EMPTY = "a tax on every empty home in the city"

VIEW_SET_OFF = cases(
    "clause frames around the speaker",
    [
        (f"The answer, Tom Kell believes, is “{_EMPTY}”.", "a tax on every", "Tom Kell"),
        (f"The answer, the union fears, is “{_EMPTY}”.", "a tax on every", "the union"),
        (f"The answer, critics believe, would be “{_EMPTY}”.", "a tax on every", "critics"),
        (f"Tom Kell runs the housing board.\n\nThe answer, he believes, is “{_EMPTY}”.", "a tax on every", "Tom Kell"),
        # negatives: a thing holds no view; a clause of its own after the copula holds the quote
        (f"The answer, the plan believes, is “{_EMPTY}”.", "a tax on every", None),
        (f"The answer, Tom Kell believes, is that voters want “{_EMPTY}”.", "a tax on every", None),
    ],
)

_GAMBLE = "a reckless gamble with the future of every worker here"

NAMING_FORMS = cases(
    "speech verbs in every form",
    [
        (f"The union labelled the plan “{_GAMBLE}”.", "a reckless gamble", "the union"),
        (f"Tom Kell said the plan would fail. The union has labelled it “{_GAMBLE}”.", "a reckless gamble", "the union"),
        # negative: a passive with no agent
        (f"The plan was labelled “{_GAMBLE}”.", "a reckless gamble", None),
    ],
)

OTHERCUE32_CASES = RELATIVE_VIEW + VIEW_SET_OFF + THEY_HOLD_A_VIEW + BODY_CONDEMNS + PARTICIPLE_OF_A_VIEW + NAMING_FORMS
