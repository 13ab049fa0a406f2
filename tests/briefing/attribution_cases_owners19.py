"""Attribution cases of session 19: words credited by a phrase, not a verb, on either side of them.

'“…,” in Roe's words.' and '“…,” in the words of one nurse.' after the quote (before it, "in Roe's
words, “…”" was read already); "Roe's take? “…”" and "Her answer? “…”", a feature's question that the
words answer; '“…” So says Ann Roe, who …', a sentence of its own whose inverted cue credits the
words before it. Negatives: a question that is no possessive noun of saying on its own, "So" opening a
clause with its own subject. Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_TWO = "Ann Roe runs the clinic, and Bill Hart funds it.\n\n"
_WORDS = "\"Nobody here has been paid since March, not one of us"

WORDS_OWNER_AFTER = cases(
    "clause frames around the speaker",
    [
        (_TWO + _WORDS + ",\" in Roe's words.", "Nobody here", "Ann Roe"),
        (_TWO + _WORDS + ",\" in her own words.", "Nobody here", "Ann Roe"),
        (_TWO + _WORDS + ",\" in the words of one nurse.", "Nobody here", "one nurse"),
        (_TWO + _WORDS + ".\" So says Roe, who has run it for a decade.", "Nobody here", "Ann Roe"),
        (_TWO + _WORDS + ".\" So said the nurse who has run it for a decade.", "Nobody here", "the nurse"),
        (_TWO + _WORDS + ".\" So Hart said he would pay them.", "Nobody here", None),
    ],
)

POSSESSIVE_QUESTION = cases(
    "clause frames around the speaker",
    [
        (_TWO + "Roe's take? " + _WORDS + ".\"", "Nobody here", "Ann Roe"),
        (_TWO + "Roe was asked about the money. Her answer? " + _WORDS + ".\"", "Nobody here", "Ann Roe"),
        (_TWO + "The mayor's verdict? " + _WORDS + ".\"", "Nobody here", "the mayor"),
        # a question about the possessive's thing, not its owner's words
        (_TWO + "Why did Roe's plan fail? " + _WORDS + ",\" Hart said.", "Nobody here", "Bill Hart"),
        (_TWO + "What was Roe's answer? " + _WORDS + ".\"", "Nobody here", None),
    ],
)

#: A description headed by an "-ist" or "-ician" noun of a person is a speaker like one headed by
#: "spokesman" ("Elton Jarvis's publicist retorted", "a geneticist at the clinic said").
AGENTIVE_HEADS = cases(
    "organisations, documents and groups",
    [
        ("The team announced that Elton Jarvis would perform.\n\n\"Incorrect. He will not be performing at the "
         "inauguration,\" Elton Jarvis's publicist retorted.", "Incorrect. He will not", "Elton Jarvis's publicist"),
        ("The test found the gene in one child in ten.\n\n\"That is far more often than anyone expected,\" said "
         "a geneticist at the clinic who asked not to be named.", "That is far more often", "a geneticist"),
        ("The team was beaten in the final.\n\n\"We gave everything we had and it was not enough,\" the "
         "statistician who keeps their records said.", "We gave everything", "the statistician"),
    ],
)

OWNERS19_CASES = WORDS_OWNER_AFTER + POSSESSIVE_QUESTION + AGENTIVE_HEADS
