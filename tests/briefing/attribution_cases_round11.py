"""Attribution cases of the eleventh round: a capitalised pronoun and speech verb right after a
quote that ends in "!", "?" or "." open a new sentence when the verb reports content of its own
("…!” She replied to him that …"): they do not attribute the quote before them, which keeps
the speaker of its leading cue (issue 13, "when unsure, say less"). Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: '…, telling her, “…!” She replied to him that …': the reply is the listener's own sentence.
REPLY_WITH_CONTENT = cases(
    "long material between quote, speaker and verb",
    [
        (
            "In March, after the senator fell ill, Ruben Ostrander sent her flowers, telling her, "
            "“you are the strongest person in this building and we need you back!” She replied to him "
            "that the flowers had made her week.",
            "you are the strongest person",
            "Ruben Ostrander",
        ),
        (
            "Gov. Hal Brenner called the widow of the fallen firefighter on Sunday, telling her, “Your "
            "husband saved eleven lives that night and this state will never forget him!” She told "
            "reporters that the call had meant a great deal to the family.",
            "Your husband saved eleven lives",
            "Hal Brenner",
        ),
        (
            "The coach gathered the players after practice and asked, “Who wants to start in the "
            "final on Sunday?” She said that nobody raised a hand at first.",
            "Who wants to start in the final",
            "the coach",
        ),
        (  # negative: the verb reports nothing of its own, so "She" is the speaker of the quote
            "Kara Lindqvist stared at the intern for a long moment. “Get out of my office right now!” "
            "She shouted it twice before he moved.",
            "Get out of my office",
            "Kara Lindqvist",
        ),
    ],
)

ROUND11_CASES = [*REPLY_WITH_CONTENT]
