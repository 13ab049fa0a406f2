"""Attribution cases of session 34 (helper names34): a name opening the quote's sentence, then a
present-tense verb in -s that is in no word list, running straight into the quote ("Dana Kell
blames “…”", "Dana Kell still regrets “…”", "Dana Kell likes “…”").

A name before a verb that is no speech verb is read as the speaker by any verb
(``quote_fallbacks.verbless_subject``), but the subject reader found the verb only when it was a
past form or a listed verb, or when a name or "that" followed the -s word
(``subject_words.third_person_verb``); with the quote right after it, "Dana Kell blames" was no
subject and verb, so "Kell blamed “…”" had a speaker and "Kell blames “…”" none. Found on the
readable paraphrase testbed (names with a cue outside the lexicon, before the quote in its own
sentence), where a real quotation in the same frame is the subject's words.

Negatives: verbs whose object is someone else's words, a work, a charge or a thing seen or worn
("faces “two counts …”", "directs “…”", "hears “the crowd …”", "wears “a shirt that says …”",
"watches “a film …”"); a plural noun after a name, no verb ("Kell backers “want …”"); a second
clause after "and", whose subject the fallback does not read for a past verb either.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_COUNCIL = "a council that has not listened to the valley in ten years."

NAME_PRESENT_VERB_INTO_QUOTE = cases(
    "clause frames around the speaker",
    [
        (f"Dana Kell blames “{_COUNCIL}”", "a council", "Dana Kell"),
        (f"Mayor Dana Kell blames “{_COUNCIL}”", "a council", "Dana Kell"),
        ("Dana Kell still regrets “the vote that sent the mill to the other side of the river.”", "the vote", "Dana Kell"),
        ("Dana Kell needs “a budget that pays every crane operator before the winter.”", "a budget", "Dana Kell"),
        ("Dana Kell likes “to remind the council who pays for the bridge every single year.”", "to remind", "Dana Kell"),
        ("The council met on Monday.\n\nDana Kell spoke first. Kell blames “a council that has not listened to the valley.”", "a council", "Dana Kell"),
        # negatives: a charge, a work, a thing heard, worn or watched; a plural noun; a second clause
        ("Dana Kell faces “two counts of fraud and one count of perjury in the county court.”", "two counts", None),
        ("Dana Kell directs “Rivers of the Long Night in the Valley of the Moon.”", "Rivers of", None),
        ("Dana Kell hears “the crowd outside chanting that the mayor must go home.”", "the crowd", None),
        ("Dana Kell wears “a shirt that says the valley belongs to all of us.”", "a shirt", None),
        ("Dana Kell watches “a film about the valley that her father made in the war.”", "a film", None),
        ("Kell backers “want a transit line that reaches every neighbourhood in the valley.”", "want a", None),
        (f"The council voted and Ana Ruiz blames “{_COUNCIL}”", "a council", None),
        # a speaker after the quote is still the speaker
        (f"Dana Kell blames “{_COUNCIL[:-1]},” Ana Ruiz said.", "a council", "Ana Ruiz"),
    ],
)

NAMES34_CASES = NAME_PRESENT_VERB_INTO_QUOTE
