"""Attribution cases of session 27 (helper batt27): holes the generated battery (``battery27.py``)
found between the rules, where one layout worked and its neighbour did not.

- A he/she before a colon with an irregular past ("She had a warning: “…”") was no subject, while
  "She returned to her lines:" was; "it" and "they" are subjects there too when the predicate
  announces words ("It didn't mince words:"), not otherwise ("It gets worse:").
- A view's holder as a pronoun ("For her, the answer is simple:"), or in the paragraph before a
  quote that stands alone ("For Ann Weller, the answer is simple:" / "“…”").
- A description before an announcing predicate in the paragraph before a lone quote ("The mayor
  had a warning:" / "“…”"), also after a phrase of its own ("A spokesman for the mayor didn't mince
  words:"); people before one ("Two officials had a warning:"), not a crowd that only cheers.
- A title in capitals before a name ("Police Chief Dana Kirby didn't mince words:") gave "police".
- A count of people opening a sentence ("Two officials spoke …") was no subject for "they".
- A speech verb of a person or people described, then a lone quote ("A spokesman for the mayor
  said that …" / "“…”"), as names and organisations already were; not a crowd or an audience.
- "The plan was “…,” it said": the tail's "it" (or "they") is no thing of the quote's own
  sentence, which is what the words are about.

Negatives: "For years, the answer was simple:", "It gets worse:", "The crowd cheered as …:", a
crowd's sentence before a lone quote, a document's own words ("The report came out. The plan was
“…,” it says." is still the report). Names and wording invented.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“We will close the gap before the spring thaw.”"

COLON_SUBJECTS = cases(
    "clause frames around the speaker",
    [
        (f"Rosa Lindgren spoke after the vote. She had a warning: {_Q}", "We will close the gap", "Rosa Lindgren"),
        (f"Rosa Lindgren spoke after the vote. For her, the answer is simple: {_Q}", "We will close the gap", "Rosa Lindgren"),
        (f"Omar Pettit read the memo aloud. For him, the lesson was clear: {_Q}", "We will close the gap", "Omar Pettit"),
        (f"For Rosa Lindgren, the answer is simple:\n\n{_Q}", "We will close the gap", "Rosa Lindgren"),
        (f"The harbour authority met on Monday. It didn't mince words: {_Q}", "We will close the gap", "the harbour authority"),
        (f"Two inspectors toured the dam. They had a warning: {_Q}", "We will close the gap", "two inspectors"),
        (f"Two inspectors had a warning: {_Q}", "We will close the gap", "two inspectors"),
        (f"The port director had a warning:\n\n{_Q}", "We will close the gap", "the port director"),
        (f"A spokeswoman for the port director didn't mince words:\n\n{_Q}", "We will close the gap", ("a spokeswoman for the port director", "a spokeswoman")),
        (f"Police Chief Omar Pettit didn't mince words: {_Q}", "We will close the gap", "Omar Pettit"),
        (f"Police said on Monday that the dam would hold. {_Q}", "We will close the gap", ("police", None)),
        # negatives
        (f"For years, the answer was simple:\n\n{_Q}", "We will close the gap", None),
        (f"The storm hit on Monday. It gets worse: {_Q}", "We will close the gap", None),
        (f"The storm hit on Monday. It was blunt: {_Q}", "We will close the gap", None),
        (f"The crowd cheered as the band played the anthem: {_Q}", "We will close the gap", None),
    ],
)

LONE_QUOTES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f"The port director said that the budget would not balance.\n\n{_Q}", "We will close the gap", "the port director"),
        (f"A spokeswoman for the port director said that the budget would not balance.\n\n{_Q}", "We will close the gap",
         ("a spokeswoman for the port director", "a spokeswoman")),
        (f"Two inspectors said that the dam would hold.\n\n{_Q}", "We will close the gap", "two inspectors"),
        ("Police Chief Nadia Brandt spoke after the vote. “We will close the gap,” she said.", "We will close the gap", "Nadia Brandt"),
        ("Two inspectors toured the dam. “We will close the gap,” they said.", "We will close the gap", "two inspectors"),
        # negatives: a crowd has no one voice
        (f"The crowd said nothing.\n\n{_Q}", "We will close the gap", None),
        (f"The audience fell silent.\n\n{_Q}", "We will close the gap", None),
    ],
)

TAIL_PRONOUNS = cases(
    "organisations, documents and it",
    [
        ("The harbour authority met on Monday. The plan was “dead in the water,” it said.", "dead in the water", "the harbour authority"),
        ("Two inspectors toured the dam. The wall was “in worse shape than anyone knew,” they said.",
         "in worse shape", "two inspectors"),
        ("The harbour authority rejected the claims. The letter was “a forgery,” it said.", "a forgery", "the harbour authority"),
        # negative: the thing is the quote's subject, and the document before it still speaks
        ("The audit came out on Monday. The plan was “dead in the water,” it says.", "dead in the water", "the audit"),
        ("The harbour authority met on Monday. “The plan is dead in the water,” it said.", "The plan is dead", "the harbour authority"),
    ],
)

BATT27_CASES = COLON_SUBJECTS + LONE_QUOTES + TAIL_PRONOUNS
