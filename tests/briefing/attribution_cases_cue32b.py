"""Attribution cases of session 32 (helper cue32b): subjects the attribution could not read, found
by the PolNeAR paraphrase stress test (tuning and untuned A), in constructions that frame real
quotations as well.

* A role with its complement before a verb of a view or of judging ("The former secretary of state
  wants “…”", "The governor of Ohio opposes “…”") gave nobody: the complement reader took the verb
  for a word of the complement ("the governor of Ohio wants"), a description with no head the view
  readers know. A third-person verb of a view or of judging ends the complement; those that are
  plural nouns as well ("plans", "hopes", "fears") only right after a capitalised word, which ends
  a name. The same verb ran on into a determiner's phrase with the office in capitals ("The
  Secretary of State wants “…”" read as "the Secretary of State wants"): cut there too. Negatives:
  "the head of war plans said" keeps its complement, "The war plans “…”" is no one, and a speech
  verb after the role was read already.
* A list set off by dashes right before the verb ("Many speakers at the rally — nurses, teachers,
  farmers — said “…”") gave its last member ("farmers"), read as the subject right before the verb.
  The list names the subject's members; the subject is before the first dash, or nobody we can
  read. Negatives: a single apposition in dashes ("Tom Kell — the mayor — said") and an aside with
  no comma keep their reading.
* A quote inside the subject's phrase, after a determiner ('Members of the "Fair Deal" crowd said
  “…”'), cut the subject at its closing mark: the noun after it ("crowd") was read as the speaker
  of the next quote. The one who speaks is before the earlier quote; nobody. Negatives: an earlier
  quote that ends its own words with a comma ('called it “a joke,” and voters said') or stands
  after a verb with no determiner ('Tom Kell wrote “Fair Deal” but the union said') leaves the
  next clause's subject as it was.
* A verb coordinated with an earlier one whose subject is "one of …" with a name apposed ("One of
  the men, Tom Kell, had served in the navy and said “…”") gave nobody ("one"): the first verb's
  subject is read without appositives. The apposed name is the subject. Negative: "One of the men
  had served … and said" names nobody.
* "It" before a verb of a view ("Meridian Energy is expanding. It wants “…”") gave nobody, where
  "It blamed “…”" gave the body: a body's view is its words as a person's is. Negatives: "It
  needs “…”" (no view), an "it" with no body or document before ("The bridge is old. It wants").

* A pair negated as the subject ("Neither Tom J. Kell nor his rivals said “…”", "Neither Tom Kell
  nor Ann Roe said “…”") gave "Neither Tom J. Kell" (a name run with its capitalised "Neither") or
  the last of the pair: neither said the words, so no one is their speaker. Negatives: a speaker
  before the pair ("Tom Kell said neither the mayor nor the board backed “…”") or after it, in a
  cue of its own ("Neither the mayor nor the board backed it, Tom Kell said, calling it “…”").

* "Both" opening the sentence before a plural of people ("Both candidates want “…”") gave nobody:
  the group reader took the capitalised "Both" for a name's word, so the pair was no group (a
  speech verb after it was read by another reader already). "Both" leads a group as "two" does.
  Negative: "Both Kell and Roe" stays the coordination reader's.

Left alone (judged on the pools and the test): "Critics mocked “…”" gives the critics (the
paraphrase gold holds the mocker's words in every such pair; no pool quote follows "mocked"); a
negated quantifier ("Neither man wants “…”", "No one said “…”") and "Everyone knows “…”" give
nobody, as they should (nobody said it; the writer's generalisation).
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_DEAL = "a deal that lasts for a generation of workers"
_NEAR = "a deal that lasts for a generation of workers"

ROLE_OF_BEFORE_VIEW = cases(
    "titles and abbreviations",
    [
        (f"The former secretary of state wants “{_DEAL}”.", "a deal that", "the former secretary of state"),
        (f"The former governor of Ohio opposes “{_DEAL}”.", "a deal that", "the former governor of Ohio"),
        (f"The chair of the county board welcomes “{_DEAL}”.", "a deal that", "the chair of the county board"),
        (f"The governor of Ohio plans “{_DEAL}”.", "a deal that", "the governor of Ohio"),
        # the office in capitals: the determiner's phrase ran on into the verb
        (f"The Secretary of State wants “{_DEAL}”.", "a deal that", "the Secretary of State"),
        (f"The Secretary of Defense opposes “{_DEAL}”.", "a deal that", "the Secretary of Defense"),
        # negatives: a plural noun of the complement; a speech verb was read already
        (f"The head of war plans said “{_NEAR}” was close.", "a deal that", "the head of war plans"),
        (f"The war plans “{_DEAL}”.", "a deal that", None),
        (f"The former secretary of State said “{_NEAR}” was close.", "a deal that", "the former secretary of State"),
    ],
)

LIST_IN_DASHES = cases(
    "long material between quote, speaker and verb",
    [
        (f"Many speakers at the rally — nurses, teachers, farmers — said “{_NEAR}” was close.", "a deal that", None),
        (f"Three senators — Tom Kell, Ann Roe and Lee Ames — said “{_NEAR}” was close.", "a deal that", "three senators"),
        (f"The union — including nurses, teachers, farmers — said “{_NEAR}” was close.", "a deal that", "the union"),
        # negatives: one apposition in dashes; a time phrase in dashes before the subject
        (f"Tom Kell — the mayor — said “{_NEAR}” was close.", "a deal that", "Tom Kell"),
        (f"On Tuesday — a day, by all accounts, of rain — Tom Kell said “{_NEAR}” was close.", "a deal that", "Tom Kell"),
    ],
)

QUOTE_INSIDE_SUBJECT = cases(
    "when unsure, say less",
    [
        (f'Members of the "Fair Deal" crowd said “{_NEAR}” was close.', "a deal that", None),
        (f'Some in the "Fair Deal" crowd suggest “{_NEAR}” is close.', "a deal that", None),
        # negatives: the earlier quote ends its words; it stands after a verb, no determiner
        (f"Tom Kell called it “a joke,” and voters said “{_NEAR}” was close.", "a deal that", "voters"),
        (f"Tom Kell wrote “Fair Deal” but the union said “{_NEAR}” was close.", "a deal that", "the union"),
    ],
)

ONE_OF_THEM_NAMED = cases(
    "clause frames around the speaker",
    [
        (f"One of the men, Tom Kell, had served in the navy and said “{_NEAR}” was close.", "a deal that", "Tom Kell"),
        (f"One of them, Ann Roe, had worked at the mill and vowed “{_DEAL}”.", "a deal that", "Ann Roe"),
        # negative: no name apposed
        (f"One of the men had served in the navy and said “{_NEAR}” was close.", "a deal that", None),
    ],
)

IT_HOLDS_A_VIEW = cases(
    "organisations, documents and it",
    [
        (f"Meridian Energy is expanding in the north. It wants “{_DEAL}”.", "a deal that", "Meridian Energy"),
        (f"The union met on Monday. It believes “{_NEAR}” is close.", "a deal that", "the union"),
        # negatives: no view; nothing an "it" may mean
        (f"The plan was drafted by Meridian Energy. It needs “{_DEAL}”.", "a deal that", None),
        (f"The bridge is old. It wants “{_DEAL}”.", "a deal that", None),
    ],
)

NEGATED_PAIR = cases(
    "when unsure, say less",
    [
        (f"Neither Tom J. Kell nor his rivals said “{_NEAR}” was close.", "a deal that", None),
        (f"Neither Tom Kell nor Ann Roe said “{_NEAR}” was close.", "a deal that", None),
        # negatives: the speaker before the pair; after it, with a cue of its own
        (f"Tom Kell said neither the mayor nor the board backed “{_DEAL}”.", "a deal that", "Tom Kell"),
        (f"Neither the mayor nor the board backed the plan, Tom Kell said, calling it “{_DEAL}”.", "a deal that", "Tom Kell"),
    ],
)

BOTH_OF_A_GROUP = cases(
    "organisations, documents and groups",
    [
        (f"Both candidates want “{_DEAL}”.", "a deal that", "both candidates"),
        (f"Both senators sought “{_DEAL}”.", "a deal that", "both senators"),
        (f"Both sides said “{_NEAR}” was close.", "a deal that", "both sides"),
    ],
)

CUE32B_CASES = BOTH_OF_A_GROUP + ROLE_OF_BEFORE_VIEW + LIST_IN_DASHES + QUOTE_INSIDE_SUBJECT + ONE_OF_THEM_NAMED + IT_HOLDS_A_VIEW + NEGATED_PAIR
