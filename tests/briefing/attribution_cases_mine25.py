"""Attribution cases of session 25 (coordinator): a sentence about what a programme or another
work airs or shows does not hand its quote back to the person who spoke in the sentence before.

``quote_fallbacks.paraphrase_speaker`` gives a quote in a sentence that names nobody to the
speaker of the reported speech just before it ('Hemsby said the rumours spread fast. Only “…”').
A programme that airs words was not read as "somebody": "Ann Weller spoke on Monday. The Today
show aired “…”" gave Ann Weller. Such a sentence brings in a source of its own, as a person or
organisation noun does, and the quote gets no name. Positives keep the hand-on where the quote's
sentence names no source, or judges the work with a copula ("The film, in short, is “…”": the
speaker's verdict). A document's own verb ("The report calls them “…”") was read before. Invented
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WORKS_AS_SOURCES = cases(
    "when unsure, say less",
    [
        ("Ann Weller spoke on Monday. The Today show aired “a long conversation about the future of the party and its leaders” on Tuesday.",
         "a long conversation about", None),
        ("Tom Reyes said the plan was dead. A new documentary shows “the last days of a plan that nobody in the city wanted.”",
         "the last days of a plan", None),
        ("Dana Kirby said the rumours spread fast. The podcast devoted “a whole hour to the rumours and the people who spread them.”",
         "a whole hour to the rumours", None),
        ("Ann Weller spoke at length about the war. The film ends with “a long shot of the harbour at dawn, empty of ships.”",
         "a long shot of the harbour", None),
        ("Tom Reyes said the rumours spread fast. The series opens with “a scene in the newsroom on the night of the vote.”",
         "a scene in the newsroom", None),
    ],
)

DOCUMENTS_SPEAK = cases(
    "organisations, documents and groups",
    [
        ("Hemsby said the rumours spread fast. The report calls them “the fastest-moving falsehoods of the whole campaign season.”",
         "the fastest-moving falsehoods", "the report", "document"),
    ],
)

HAND_ON_KEPT = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Dana Kirby said the rumours spread fast. Only “a small number of accounts started nearly all of them,” she added.",
         "a small number of accounts", "Dana Kirby"),
        ("Tom Reyes said he had walked out early. The film, in short, is “a mess from the first scene to the very last one.”",
         "a mess from the first scene", "Tom Reyes"),
        ("Tom Reyes said the city would appeal. The ruling, he said, was “wrong on the facts and wrong on the law of the state.”",
         "wrong on the facts", "Tom Reyes"),
    ],
)

MINE25_CASES = [*WORKS_AS_SOURCES, *DOCUMENTS_SPEAK, *HAND_ON_KEPT]
