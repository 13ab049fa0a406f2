"""Attribution cases of session 35 (helper jobads35): wrong speakers on main, mended.

* A capitalised word opening the sentence that is also a name ("Job", "Price", "Rose", "Kell"),
  a lower-case plural and a phrase placing it, then the verb ("Job ads across the state say
  “…”", "Rose growers in Oregon said “…”", "Kell backers in Ohio say “…”") gave the capitalised
  word as the speaker: the reader that takes such a word for a modifier ("Trump backers say")
  only looked at one or two words after it, and the placing phrase hid the plural. A lower-case
  -s word right after a name is a verb ("Kell lives in Ohio") or a plural the name modifies;
  only the plural agrees with a second finite verb right after the phrase, so with a plural or
  past verb after the phrase, and nothing in the phrase that opens a clause, the name modifies
  the noun that speaks, shown whole when it is a noun of people or of texts ("Kell supporters
  in Ohio", "Job ads across the state"; a later "they" may be them), else no one ("Rose bushes
  along the fence"; "Kell ads say" gives no one already).
  Negatives: a verb after "and" ("Kell lives in Ohio and says"), a participle ("Rose stands in
  the garden telling visitors"), a singular verb, a comma after the phrase, a relative clause in
  it, and a real name before a verb ("Rose said", "Will Rowan told reporters", "Job creation,
  Kell said," -> Kell) keep their readings.
* A sentence whose first words a wire lede sets in capitals ("WASHINGTON (Reuters) - THE FARM
  BILL FAILED AGAIN on Tuesday, and its critics called it “…”") gave "tHE FARM BILL FAILED
  AGAIN and its critics": the mixed-case view left the run as written (a lower-case word follows
  it, as after a name written in capitals: "a USA TODAY investigation"), so no reader saw the
  verb "FAILED", the coordination reader joined the clause to the group, and a reader's
  lower-casing of the description's first letter gave "tHE". A run that opens its sentence on a
  determiner and holds a verb read in lower case is a clause in capitals and is re-cased; the
  coordination reader reads such a conjunct in lower case for its verb; a determiner in capitals
  is lower-cased whole ("the MAYOR"), never "tHE".
  Negatives: a name in capitals opening the sentence with no verb ("THE NEW YORK TIMES
  reported"), a given name that is also a verb ("WILL SMITH and …") and a group in capitals
  ("THE MAYOR and her deputy") stay speakers.
* A displayed text and its verb of reading right before the quote after an earlier speech verb
  ("Officials pointed out the sign that read “…”", "… a banner reading “…”") gave the subject of
  the speech verb: the document verb was read only when no speech verb stood in the clause. The
  quote is the sign's text, as it is after "held up a sign that read".
  Negatives: a document verb whose subject is a person ("Ann Roe read “…”", "pointed to the sign
  and read") or set off by a comma ("pointed to the sign, reading") keeps the person; so does a
  published text the speech verb's subject may have written or posted ("posted a photo with a
  caption that read", "wrote an editorial that read"), the subject's words as much as the text's.
* A firm's name joined by "&" after the noun saying what it is ("the law firm Scott & Scott
  announced") was read as two people, one of them a Scott named elsewhere ("Suzanne Scott and
  Scott"): it is one firm, shown as written.
  Negative: two names joined by "and" are still two people.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_SKILLS = "workers with these skills are hard to find right now"
_FRAUD = "the vote was a fraud from the very start"

NAME_MODIFYING_PLACED_PLURAL = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Job ads across the state say "{_SKILLS}."', "workers with these", ("Job ads across the state", None)),
        (f'Kell supporters in Ohio say "{_FRAUD}."', "the vote was", ("Kell supporters", "Kell supporters in Ohio", None)),
        (f'Kell supporters in Ohio are a close group. They say "{_FRAUD}."', "the vote was", ("Kell supporters in Ohio", None)),
        (f'Price tags in the new store say "{_SKILLS}."', "workers with these", None),
        (f'Rose bushes along the fence say "{_SKILLS}."', "workers with these", None),
        (f'Kell backers in Ohio say "{_FRAUD}."', "the vote was", None),
        # (growers are a trade's body, read as a group since part35 merged: the group, never "Rose")
        (f'Rose growers in Oregon said "{_FRAUD}."', "the vote was", ("Rose growers", "Rose growers in Oregon", None)),
        (f'Mara campaign aides at the rally said "{_FRAUD}."', "the vote was", ("Mara campaign aides", None)),
        # negatives: the -s word is the name's verb; a real name before its verb
        (f'Kell lives in Ohio and says "{_FRAUD}."', "the vote was", "Kell"),
        (f'Kell stands at the podium telling reporters "{_FRAUD}."', "the vote was", "Kell"),
        (f'Rose stands by the fence and says "{_FRAUD}."', "the vote was", "Rose"),
        (f'Rose stands in the garden telling visitors "{_FRAUD}."', "the vote was", "Rose"),
        (f'Rose said "{_FRAUD}."', "the vote was", "Rose"),
        (f'Will Rowan told reporters "{_FRAUD}."', "the vote was", "Will Rowan"),
        (f'Job creation, Kell said, "{_FRAUD}."', "the vote was", "Kell"),
        (f'Kell walks across the stage and declares "{_FRAUD}."', "the vote was", "Kell"),
    ],
)

_NOBODY = "a bill that nobody in the farm states wanted to pass"

CLAUSE_IN_CAPITALS = cases(
    "when unsure, say less",
    [
        (f'WASHINGTON (Reuters) - THE FARM BILL FAILED AGAIN on Tuesday, and its critics called it "{_NOBODY}."', "a bill that", ("its critics", None)),
        (f'THE FARM BILL FAILED AGAIN on Tuesday and its critics called it "{_NOBODY}."', "a bill that", ("its critics", None)),
        (f'THE HOUSE PASSED IT on Monday and the mayor called it "{_NOBODY}."', "a bill that", ("the mayor", None)),
        (f'The vote came late. THE MAYOR SAID on Monday "{_NOBODY}."', "a bill that", "the mayor"),
        # negatives: names and groups in capitals with no verb stay speakers (no "tHE")
        (f'THE NEW YORK TIMES reported "{_NOBODY}."', "a bill that", "the NEW YORK TIMES"),
        (f'THE MAYOR said "{_NOBODY}."', "a bill that", "the MAYOR"),
        (f'THE MAYOR and her deputy called it "{_NOBODY}."', "a bill that", "the MAYOR and her deputy"),
        (f'WILL SMITH and Jada Pinkett called it "{_NOBODY}."', "a bill that", "Will Smith and Jada Pinkett"),
    ],
)

_NO_ENTRY = "no entry for trucks heavier than ten tons"

DISPLAYED_TEXT_AFTER_SPEECH_VERB = cases(
    "organisations, documents and groups",
    [
        (f'Officials pointed out the sign that read "{_NO_ENTRY}."', "no entry", ("the sign", None)),
        (f'Officials pointed out a sign reading "{_NO_ENTRY}."', "no entry", ("a sign", None)),
        (f'Tom Kell told reporters about the banner that read "{_NO_ENTRY}."', "no entry", ("the banner", None)),
        (f'Ann Roe said the sign that read "{_NO_ENTRY}" had been taken down.', "no entry", ("the sign", None)),
        # negatives: the person reads; a comma sets the participle off; a speech verb after the sign
        (f'Ann Roe read "{_NO_ENTRY}."', "no entry", "Ann Roe"),
        (f'Ann Roe pointed to the sign and read "{_NO_ENTRY}."', "no entry", "Ann Roe"),
        (f'Ann Roe pointed to the sign, reading "{_NO_ENTRY}."', "no entry", "Ann Roe"),
        (f'Ann Roe held up a sign that read "{_NO_ENTRY}."', "no entry", "a sign"),
        # negatives: a published text the subject wrote or posted stays the subject's
        (f'Tom Kell posted a photo on Twitter with a caption that read "{_NO_ENTRY}."', "no entry", "Tom Kell"),
        (f'Tom Kell wrote an editorial that read "{_NO_ENTRY}."', "no entry", "Tom Kell"),
    ],
)

_DUTIES = "determine whether the officers breached their duties"

FIRM_JOINED_BY_AMPERSAND = cases(
    "organisations, documents and groups",
    [
        (f'Suzanne Scott runs the network. Last week, the law firm Scott & Scott said it would "{_DUTIES}."', "determine whether", "Scott & Scott"),
        (f'Last week, the law firm Scott & Scott announced it was investigating to "{_DUTIES}."', "determine whether", "Scott & Scott"),
        (f'Suzanne Scott runs the network. Scott & Scott said it would "{_DUTIES}."', "determine whether", "Scott & Scott"),
        # negative: two people joined by "and"
        (f'Suzanne Scott runs the network. Scott and Tom Roe said they would "{_DUTIES}."', "determine whether", ("Scott and Tom Roe", "Suzanne Scott and Tom Roe")),
    ],
)

JOBADS35_CASES = NAME_MODIFYING_PLACED_PLURAL + CLAUSE_IN_CAPITALS + DISPLAYED_TEXT_AFTER_SPEECH_VERB + FIRM_JOINED_BY_AMPERSAND
