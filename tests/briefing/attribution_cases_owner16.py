"""Attribution cases of session 11: a noun of someone's words introduces the quote with its owner
after "from"/"of" ("The response from the ministry was swift: “…”", "Words from the coach:") or
as a possessive in the sentence just before ("Mayor Lena Ford's message was blunt. “…”"). The
owner speaks when it is a name or a person or an organisation; a label before a colon is a
speaker only when it is the name itself ("Words from Governor Tim Ruiz:" had given "Words").
Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WORDS_OF_OWNER = cases(
    "clause frames around the speaker",
    [
        ("The message from Mayor Lena Ford was blunt: “We are not going anywhere, and neither is this factory.”",
         "We are not going anywhere", "Lena Ford"),
        ("The response from the ministry was swift: “The report is false and will be withdrawn by the newspaper.”",
         "The report is false", "the ministry"),
        ("The reaction of Gov. Tim Ruiz was swift: “This is an attack on every working family in the state.”",
         "This is an attack", "Tim Ruiz"),
        ("Words from Governor Tim Ruiz: “This is an attack on every working family in the state.”",
         "This is an attack", "Tim Ruiz"),
        ("Words from the coach: “We did not deserve to win a single game played like that.”",
         "We did not deserve", "the coach"),
        ("Mayor Lena Ford's message was blunt. “We are not going anywhere, and neither is this factory.”",
         "We are not going anywhere", "Lena Ford"),
        ("Mayor Lena Ford's message was blunt.\n\n“We are not going anywhere, and neither is this factory.”",
         "We are not going anywhere", "Lena Ford"),
        ("The ministry's response was swift. “The report is false and will be withdrawn by the newspaper.”",
         "The report is false", "the ministry"),
        ("Mayor Lena Ford spoke last. Her message was blunt. “We are not going anywhere, and neither is this "
         "factory.”", "We are not going anywhere", "Lena Ford"),
        (  # negative: the owner of a verdict that cannot speak
            "The weather's verdict was harsh. “Nothing grows in this soil after a frost like that one.”",
            "Nothing grows in this soil", None),
        (  # negative: the quote has its own speaker after it
            "The plan's goal was simple. “We are not going anywhere, and neither is this factory,” said Al Mott.",
            "We are not going anywhere", "Al Mott"),
        (  # negative: the polls are no speaker
            "The verdict from the polls was clear: “Voters want lower taxes and they want them this year.”",
            "Voters want lower taxes", None),
    ],
)

OWNER16_CASES = [*WORDS_OF_OWNER]
