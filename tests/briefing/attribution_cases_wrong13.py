"""Attribution cases of round 13 (branch wrong13): wrong names under quotes. Texts as speakers
that the lexicon did not know ("The cable indicated …", "the passage continued"). Invented
people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'The cable indicated that … “…”': a diplomatic cable, a dispatch, a passage or an excerpt of a
#: book speaks as a document, not as the person named in the sentence before.
TEXTS_AS_SPEAKERS = cases(
    "organisations, documents and groups",
    [
        (
            "In a March cable, Ambassador Lena Rhee wrote, “Conditions remain tense in the north.” The cable "
            "indicated that ten guards would be the “bare minimum needed for any safe convoy in the region.”",
            "bare minimum needed",
            "the cable",
            "document",
        ),
        (
            "Mayor Ruth Adler met the envoy in May. The dispatch warned that the city was “one bad week away "
            "from open fighting in the streets.”",
            "one bad week away",
            "the dispatch",
            "document",
        ),
        (
            "Lorna Vale quotes the former minister at length in her memoir. “He kept his own server for years, "
            "as she later did, and called it harmless,” the passage continued.",
            "He kept his own server",
            "the passage",
            "document",
        ),
        (  # negative: the ambassador's own words in the cable stay hers
            "In a March cable, Ambassador Lena Rhee wrote, “Conditions remain tense in the north.” The cable "
            "indicated that ten guards would be the “bare minimum needed for any safe convoy in the region.”",
            "Conditions remain tense",
            "Lena Rhee",
        ),
    ],
)

WRONG13_CASES = [
    *TEXTS_AS_SPEAKERS,
]
