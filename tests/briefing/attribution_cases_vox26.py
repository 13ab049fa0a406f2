"""Attribution cases of session 26 (helper vox26): quotes signed by a label, as vox pops, readers'
letters and reaction round-ups print them.

Such pages end a reader's lead-in on a dash and the signature before the colon ("This year is
different - Jane from Ohio: “…” [Email]", "It is about the economy — Ann Pike, 62: “…”"), or open
the entry on the signature alone ("Jane from Ohio: “…”"), signing with a given name alone as often
as with a full one, and with two names for a couple ("Tom Reyes and Ann Pike:", "Bob and Mary
Smith, Columbus:"). Before, the label after a lead-in's dash gave no speaker (the round-up reader
``entry_labels`` knew labels only after a bullet, a colon, a previous quote or at the sentence's
start), a given name alone was no person, and "A retired teacher and mother of three from Ohio -
Jane Doe:" gave the description instead of the signer. A signature names the person who signs
(a full name, a name after a title, a given name alone, a surname the article writes in a name),
perhaps with an age, a place, a role or a channel; two signers are shown joined, as two subjects
are, never one of them alone. A source tag after the quote ("[Email]", "[CNN, 3/4/16]") changes
nothing.

Negatives: a label after the dash that names no person ("Update - 3 p.m.:", "Trump in Ohio -
live:", "The bottom line - taxes:", "Editor’s note - corrections:", a place "- Ohio:", a firm
"- Acme Foods:"); dashes that only set off a clause ('Reyes said the plan - the one from March -
had a flaw: “…”' stays Reyes's); a name the dash apposes to a person the lead-in ends on ('Reyes
attacked his rival - Ann Weller: “…”': Reyes's attack, not Weller's words); a lead-in reporting
another's speech in the third person; a signer who adds a partner in the qualifier ("Ann Pike, 62,
and her husband:": no single name); a given name that is also a common word with nothing to say it
signs ("Will:"). Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_INTRO = "We asked readers why they are voting this year. Here is what some of them told us.\n\n"
_Q = "“Nobody in this town has ever asked us what we actually need from Washington.”"
_START = "Nobody in this town has ever"

#: A lead-in's dash, then the signature and its colon: the signer speaks.
SIGNED_AFTER_A_LEAD_IN = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (_INTRO + f"I have never voted before but this year is different - Jane from Ohio: {_Q} [Email]", _START, "Jane"),
        (_INTRO + f"Taxes are the only issue for me - Tom Reyes: {_Q} [Email]", _START, "Tom Reyes"),
        (_INTRO + f"It is about the economy - Ann Pike, 62: {_Q}", _START, "Ann Pike"),
        (_INTRO + f"It is about the economy — Ann Pike, 62, a nurse from Dayton: {_Q}", _START, "Ann Pike"),
        (_INTRO + f"I am done with both parties -- Mark, 54: {_Q} [CNN, 3/4/16]", _START, "Mark"),
        (_INTRO + f"My husband says I am wasting my time – Rosa Vega, retired teacher: {_Q} [Facebook]", _START, "Rosa Vega"),
        (_INTRO + f"The schools come first—Dana Kirby from Akron: {_Q}", _START, "Dana Kirby"),
        (_INTRO + f"A retired teacher and mother of three from Ohio - Jane Doe: {_Q}", _START, "Jane Doe"),
        (_INTRO + f"I want my grandchildren to have a future - Ruth from Toledo: {_Q} [Email]", _START, "Ruth"),
        (_INTRO + f"I have never voted before - Jane from Ohio: “I am voting this year.” [Email]\n\n"
         f"Taxes are the only issue for me - Tom Reyes: {_Q} [Email]", _START, "Tom Reyes"),
    ],
)

#: The signature alone before the colon, a given name alone or a couple.
SIGNATURE_ALONE = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (_INTRO + f"Jane from Ohio: {_Q}", _START, "Jane"),
        (_INTRO + f"Bob, 71, from Canton: {_Q}", _START, "Bob"),
        (_INTRO + f"Maria Lopez, 45, a nurse from Toledo: {_Q}", _START, "Maria Lopez"),
        (_INTRO + f"Tom Reyes, retired steelworker: {_Q}", _START, "Tom Reyes"),
        (_INTRO + f"— Bill Harmon, Texas: {_Q}", _START, "Bill Harmon"),
        (_INTRO + f"Bob and Mary Smith, Columbus: {_Q} [Facebook]", _START, "Bob Smith and Mary Smith"),
        (_INTRO + f"The kids are grown and we finally have time to care - Tom Reyes and Ann Pike: {_Q} [Email]",
         _START, "Tom Reyes and Ann Pike"),
    ],
)

#: Dashes and labels that sign nothing: no speaker, or the one a speech verb already gives.
NO_SIGNATURE = cases(
    "when unsure, say less",
    [
        (f"Update - 3 p.m.: {_Q}", _START, None),
        (f"Trump in Ohio - live: {_Q}", _START, None),
        (f"The bottom line - taxes: {_Q}", _START, None),
        (f"Editor’s note - corrections: {_Q}", _START, None),
        (f"Readers wrote to us all week. The mood in the swing states - Ohio: {_Q}", _START, None),
        (f"The plant will stay open. Statement on the ruling - Acme Foods: {_Q}", _START, None),
        (f"All week long - Ohio: {_Q}", _START, None),
        (f"Trump in Ohio - Live Updates: {_Q}", _START, None),
        (f"Tom Reyes spoke on Monday. Reyes said the plan - the one from March - had a flaw: {_Q}", _START, "Tom Reyes"),
        (f"Tom Reyes spoke on Monday. Reyes attacked his rival - Ann Weller: {_Q}", _START, "Tom Reyes"),
        (f"Tom Reyes spoke on Monday. Reyes said the plan had a flaw - Ann Weller: {_Q}", _START, ("Tom Reyes", None)),
        (_INTRO + f"Nothing matters more - Ann Pike, 62, and her husband: {_Q}", _START, None),
        (_INTRO + f"We will vote early - Will: {_Q}", _START, None),
    ],
)

VOX26_CASES = SIGNED_AFTER_A_LEAD_IN + SIGNATURE_ALONE + NO_SIGNATURE
