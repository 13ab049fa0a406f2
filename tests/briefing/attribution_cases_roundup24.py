"""Attribution cases of session 24 (roundup24): labelled quotes run into one paragraph.

Reaction round-ups, listicles and transcripts print each entry as "NAME: “…”", after a bullet
("•", "-", "—", "1.") and often with a source tag after the quote ("[Twitter]", "(CNN)",
"[Source: …]", "— via Twitter"); text extraction flattens the list into one paragraph. The held-out
quarter's misses hold such entries and the readable data almost none, so these cases are written
from the format itself. Before ``entry_labels``: a label after a lead-in colon and a dash gave no
speaker; after a bracketed tag, the next entry's quote took the label that opened the run (a wrong
name); a tag or the next entry's label was read as the previous quote's cue or signature ("[Twitter]
Western states:" made "Western" a speaker; "— via Facebook" a signer); "Smith to reporters:",
"Smith via Twitter:", "Asked about the vote, Smith:" gave no speaker.

Negatives: a label that names no person ("Western states:", "Campaign promises:", "Bottom line:",
"The verdict:", "Update:", a dateline's place) gives its quote no speaker, never the previous
entry's; a tag never speaks; a rival named after a colon is no speaker of a lower-case fragment; a
clause after a quote inside a fronted one still cues it. Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PULL = "multi-paragraph quotes, next-paragraph speakers, pull quotes"
_INTRO = "Sen. Ann Weller and Rep. Tom Reyes spoke after the Senate passed the farm bill on Thursday. "
_A = "This bill is a gift to the big growers and a slap in the face to small farms."
_B = "Today we kept our promise to every working family in this state and beyond."
_C = "Our state will not carry out a law that hurts the farmers who feed us all."
_A_START = "This bill is a gift"
_B_START = "Today we kept our promise"
_C_START = "Our state will not carry"

#: Entries run into one paragraph: the label before each quote is its speaker, whatever bullet,
#: tag or lead-in stands before it.
FLATTENED_ENTRIES = cases(
    _PULL,
    [
        (_INTRO + f"Here is how lawmakers reacted: - Ann Weller: “{_A}” [Twitter.] - Tom Reyes: “{_B}” [Facebook.]",
         _A_START, "Ann Weller"),
        (_INTRO + f"Here is how lawmakers reacted: - Ann Weller: “{_A}” [Twitter.] - Tom Reyes: “{_B}” [Facebook.]",
         _B_START, "Tom Reyes"),
        (_INTRO + f"Reactions: • Sen. Ann Weller (D-Ore.): “{_A}” [Twitter] • Rep. Tom Reyes (R-Texas): “{_B}” [Facebook]",
         _A_START, "Ann Weller"),
        (_INTRO + f"Reactions: • Sen. Ann Weller (D-Ore.): “{_A}” [Twitter] • Rep. Tom Reyes (R-Texas): “{_B}” [Facebook]",
         _B_START, "Tom Reyes"),
        (_INTRO + f"What they said: 1. Ann Weller: “{_A}” (CNN) 2. Tom Reyes: “{_B}” (Fox News)", _A_START, "Ann Weller"),
        (_INTRO + f"What they said: 1. Ann Weller: “{_A}” (CNN) 2. Tom Reyes: “{_B}” (Fox News)", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Tom Reyes: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” [Source: Twitter] Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” (via Twitter) Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” — via Twitter Tom Reyes: “{_B}” — via Facebook", _A_START, "Ann Weller"),
        (_INTRO + f"Ann Weller: “{_A}” — via Twitter Tom Reyes: “{_B}” — via Facebook", _B_START, "Tom Reyes"),
        (_INTRO + f"- Ann Weller: “{_A}” [Twitter] - Tom Reyes: “{_B}” [Facebook]", _B_START, "Tom Reyes"),
        (_INTRO + f"— Ann Weller: “{_A}” [Source: Twitter] — Tom Reyes: “{_B}” [Source: Facebook]", _B_START, "Tom Reyes"),
        (_INTRO + f"Reactions poured in: Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Reactions from one senator: Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"The reactions: • Ann Weller: “{_A}” [X] • Tom Reyes: “{_B}” [X] • Gov. Paul Dorsey, governor of Ohio: “{_C}”",
         _C_START, "Paul Dorsey"),
        (_INTRO + f"— Sen. Weller: “{_A}” [Twitter] — Gov. Paul Dorsey: “{_C}”", _C_START, "Paul Dorsey"),
        (_INTRO + f"WELLER: “{_A}” [applause] REYES: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"- Ann Weller: “{_A[:-1]},” she said. - Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f'Ann Weller: "{_A}" [Twitter] Tom Reyes: "{_B}"', _B_START, "Tom Reyes"),
        (_INTRO + f"10:42 a.m. — Ann Weller: “{_A}” 11:05 a.m. — Tom Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Voices from the hall: 1. Ann Weller, 54, nurse: “{_A}” 2. Tom Reyes, 31, teacher: “{_B}”",
         _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller (D-Ore.) on Twitter: “{_A}” [Twitter] Tom Reyes (R-Texas) on Facebook: “{_B}”",
         _B_START, "Tom Reyes"),
        # a full name with a given name we do not list, written in full elsewhere in the article
        (f"Rep. Xochitl Torres and Sen. Ann Weller spoke on Monday. Ann Weller: “{_A}” [Twitter] Xochitl Torres: “{_B}”",
         _B_START, "Xochitl Torres"),
        (f"Rep. Xochitl Torres and Sen. Ann Weller spoke on Monday. Here is how they reacted: - Xochitl Torres: “{_B}”",
         _B_START, "Xochitl Torres"),
    ],
)

#: Entries labelled with a dash instead of a colon, and signed lists (the name after the quote)
#: run into one paragraph: each name is its own entry's, never the next one's.
DASHED_AND_SIGNED_ENTRIES = cases(
    "speaker stated in another paragraph or clause",
    [
        (_INTRO + f"Ann Weller — “{_A}” [Twitter] Tom Reyes — “{_B}” [Facebook]", _A_START, "Ann Weller"),
        (_INTRO + f"Ann Weller — “{_A}” [Twitter] Tom Reyes — “{_B}” [Facebook]", _B_START, "Tom Reyes"),
        (_INTRO + f"• Ann Weller (D-Ore.) — “{_A}” • Tom Reyes (R-Texas) — “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"• Ann Weller (D-Ore.) — “{_A}” • Tom Reyes (R-Texas) — “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"“{_A}” — Ann Weller [Twitter] “{_B}” — Tom Reyes [Facebook]", _A_START, "Ann Weller"),
        (_INTRO + f"“{_A}” — Ann Weller [Twitter] “{_B}” — Tom Reyes [Facebook]", _B_START, "Tom Reyes"),
        (_INTRO + f"Quotes of the day: “{_A}” — Sen. Ann Weller “{_B}” — Rep. Tom Reyes", _B_START, "Tom Reyes"),
        # a handle and a hashtag after the dash sign nothing: the hashtag is nobody
        (_INTRO + f"Weller retweeted a post: “{_A}” – @annweller #FarmBill “{_B}”", _B_START, ("Ann Weller", None)),
        # a phrase set off between dashes is no entry's quote
        (_INTRO + "Reyes — “the farmers' friend,” as his posters say — voted for the bill.", "the farmers' friend",
         (None, "his posters")),
    ],
)

#: Where or to whom the words went, between the name and the colon; a question frame before it.
QUALIFIED_LABELS = cases(
    "titles and abbreviations",
    [
        (_INTRO + f"Weller on Twitter: “{_A}” Reyes to reporters: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Weller on Twitter: “{_A}” Reyes to reporters: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Weller, in a statement: “{_A}” [Statement] Reyes via Facebook: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Reyes to reporters: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Reyes via Twitter: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Reyes via Facebook: “{_B}” Weller, in a floor speech: “{_A}”", _A_START, "Ann Weller"),
        (_INTRO + f"Asked about the vote, Reyes: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Asked about the vote, Weller: “{_A}” Pressed on the cost, Reyes: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Asked about the vote, Weller: “{_A}” Pressed on the cost, Reyes: “{_B}”", _B_START, "Tom Reyes"),
        ("Gov. Paul Dorsey of Ohio and Gov. Lisa Park of Maryland met in Columbus on Friday. "
         f"Lisa Park, governor of Maryland: “{_A}” Paul Dorsey, governor of Ohio: “{_C}”", _C_START, "Paul Dorsey"),
    ],
)

#: A source tag or the next entry's label after a quote is no cue and no signature of it.
TAGS_SPEAK_FOR_NO_ONE = cases(
    "speaker stated in another paragraph or clause",
    [
        (_INTRO + f"Tom Reyes: “{_B}” (Fox News)", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” — via Twitter", _A_START, "Ann Weller"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Western states: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Campaign promises: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Weller was angry. “{_A}” [Twitter] Tom Reyes responded hours later: “{_B}”", _A_START, "Ann Weller"),
        (_INTRO + f"Weller was angry. “{_A}” [Twitter] Tom Reyes responded hours later: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Reyes tweets: “{_B}”", _B_START, "Tom Reyes"),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Tom Reyes, the bill's sponsor, said: “{_B}”", _B_START, "Tom Reyes"),
        # a cue inside the prose keeps its quotes
        (_INTRO + f"“{_A[:-1]},” Weller said, adding: “{_B}”", _B_START, "Ann Weller"),
        (_INTRO + f"Conceding that a deal would come “down the line,” Reyes warned: “{_B}”", "down the line", "Tom Reyes"),
        ("Rep. Tom Reyes spoke at a rally in Dayton on Monday. Conceding that a deal would come “down the line” he "
         f"warned: “{_B}”", "down the line", "Tom Reyes"),
        (_INTRO + f"Here's how lawmakers reacted:\n\nAnn Weller: “{_A}” — via Twitter\n\nTom Reyes: “{_B}” (via Facebook)",
         _A_START, "Ann Weller"),
        (_INTRO + f"Here's how lawmakers reacted:\n\n• Ann Weller: “{_A}” [Twitter]\n\n• Tom Reyes: “{_B}” [Facebook]",
         _B_START, "Tom Reyes"),
        ("The quotes of the week. Quote of the day: “We will not raise taxes this year or next.” — Gov. Paul Dorsey",
         "We will not raise taxes", "Paul Dorsey"),
    ],
)

#: A label that names no person opens an entry whose quote is nobody's we can name.
LABELS_OF_NO_ONE = cases(
    "when unsure, say less",
    [
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Western states: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Campaign promises: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Bottom line: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] The verdict: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Update: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” (via Twitter) The verdict: “{_B}”", _B_START, None),
        (_INTRO + f"- Ann Weller: “{_A}” [Twitter] - Bottom line: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Washington: “{_B}”", _B_START, None),
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] WASHINGTON: “{_B}”", _B_START, None),
        (_INTRO + f"Here is how lawmakers reacted: Western states: “{_B}”", _B_START, None),
        (_INTRO + f"Weller said the vote was rushed. Campaign promises: “{_B}”", _B_START, None),
        (_INTRO + f"Back to school: “{_B}”", _B_START, None),
        # the one named after a colon is the target of a fragment, not its speaker
        ("Rep. Tom Reyes spoke at a rally in Dayton on Monday. He singled out one rival: Ann Weller: “a senator "
         "who has never won a hard race in her life.”", "a senator who has never", ("Tom Reyes", None)),
        # the one a lead-in addresses or targets before its colon is no speaker of what follows
        (_INTRO + "Weller had a message for one rival: Tom Reyes: “You lost this vote and you will lose the next one.”",
         "You lost this vote", ("Ann Weller", None)),
        (_INTRO + "Weller took a jab at her colleague: Tom Reyes: “You lost this vote and you will lose the next one.”",
         "You lost this vote", ("Ann Weller", None)),
        # a name no article sentence writes in full is no person we know
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Hale: “{_B}”", _B_START, None),
        # two people signing one statement: neither alone
        (_INTRO + f"Ann Weller: “{_A}” [Twitter] Ann Weller and Tom Reyes: “{_B}”", _B_START, (None, "Ann Weller and Tom Reyes")),
    ],
)

ROUNDUP24_CASES = FLATTENED_ENTRIES + DASHED_AND_SIGNED_ENTRIES + QUALIFIED_LABELS + TAGS_SPEAK_FOR_NO_ONE + LABELS_OF_NO_ONE
