"""Attribution cases of session 25 (helper coll25): the entries of a collection of one person's
quotes, whose speaker the lead names once.

Fact boxes and profiles print one person's words as a list: "Following is a collection of quotes
from speeches she has delivered: On Taxes: “…” - March 2019 speech. On Trade: “…” - testimony to
Congress", "Here are some of his comments:", "Highlights of her remarks:", "Key quotes from
Brandt’s speech: 1. …". No cue stands by the entries, so they had no speaker, though a reader
gives them all to the person the lead names (``briefing.collection_leads``). The entries may
carry topic labels that name nobody ("On Rates:", "ON JOBS:"), a dashed or bracketed source line
naming an event ("- April 2015 speech", "(Graphic: …)"), bullets and numbers.

Negatives: a lead naming several people or a group ("Following are reactions from lawmakers:",
"comments from Ann Weller and Tom Reyes:"), a lead naming no one ("Key quotes from the speech:"),
a document's text ("Following is the text of the statement:"), an entry labelled with another
person's name ("Ann Weller on roads:", "1. WELLER ON TAXES"), a narrative sentence ending the
list before a bare quote, a list of titles or slogans, and a lead with no list after it. Invented
wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "Senator Ann Weller announced her retirement on Monday after three terms."
_A = "“We cannot keep cutting rates and pretend the deficit will fix itself.”"
_B = "“Tariffs are a tax on our own farmers, and they know it.”"
_C = "“Every road in this state deserves a crew before winter.”"

ONE_PERSONS_COLLECTION = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            f"{_LEAD} Following is a collection of quotes from speeches she has delivered since 2019: On Taxes: {_A} "
            f"- March 2019 speech to the Rotary Club. On Trade: {_B} - testimony to Congress, June 2020",
            "We cannot keep",
            "Ann Weller",
        ),
        (
            f"{_LEAD} Following is a collection of quotes from speeches she has delivered since 2019: On Taxes: {_A} "
            f"- March 2019 speech to the Rotary Club. On Trade: {_B} - testimony to Congress, June 2020",
            "Tariffs are a tax",
            "Ann Weller",
        ),
        (f"{_LEAD}\n\nHere are some of her comments:\n\nOn taxes: {_A}\n\nOn trade: {_B}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD}\n\nHere are some of her comments:\n\nOn taxes: {_A}\n\nOn trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Highlights of her remarks: ON TAXES: {_A} ON TRADE: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Following are excerpts from Ann Weller’s speeches: On taxes: {_A} (Reuters interview, May 3) On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Following is a selection of quotes from Sen. Ann Weller: On taxes: {_A} On trade: {_B}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD} Following is a selection of quotes from Sen. Ann Weller: On taxes: {_A} On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Key quotes from Weller’s farewell speech:\n\n1. On taxes: {_A}\n\n2. On trade: {_B}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD} Key quotes from Weller’s farewell speech:\n\n1. On taxes: {_A}\n\n2. On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Below are some of her remarks: - On taxes: {_A} - On trade: {_B} - On roads: {_C}", "Every road in", "Ann Weller"),
        (f"{_LEAD} Here are some of her comments: {_A} - Senate floor, March 2019 {_B} - campaign rally, 2020", "Tariffs are a tax", "Ann Weller"),
        (
            f"Gov. Tom Reyes gave his annual address on Tuesday. Here are some of his comments: On jobs: {_A} "
            f"(Graphic: state jobs - example.com/g1) On roads: {_C}",
            "Every road in",
            "Tom Reyes",
        ),
        (f"Gov. Tom Reyes and Sen. Ann Weller met on Friday. Here are some of his comments: On jobs: {_A}", "We cannot keep", "Tom Reyes"),
        (f"Gov. Tom Reyes and Sen. Ann Weller met on Friday. Here are some of her comments: On jobs: {_A}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD} Key quotes from Weller’s speech: 1. WELLER ON TAXES {_A} 2. On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Following are some of Weller’s key remarks: On taxes: {_A} On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Here are some of her comments: More on taxes: {_A} Views on trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD} Following are quotes from Ann Weller: On taxes: {_A} On trade: {_B}", "Tariffs are a tax", "Ann Weller"),
        # (read before this rule: the speech of the subject just named)
        (f"Mayor Lina Brandt spoke for an hour on Monday. Key quotes from the speech: On taxes: {_A}", "We cannot keep", "Lina Brandt"),
        (f"{_LEAD} Here are some of her comments: On taxes: {_A}\n\nOn trade: {_B}\n\nOn roads: {_C}", "Every road in", "Ann Weller"),
    ],
)

NOT_ONE_PERSONS_COLLECTION = cases(
    "when unsure, say less",
    [
        (f"Lawmakers reacted swiftly to the ruling. Following are reactions from lawmakers: On the ruling: {_A}", "We cannot keep", None),
        (f"Lawmakers reacted to the ruling. Following are quotes from lawmakers and officials: On the ruling: {_A}", "We cannot keep", None),
        (f"Sen. Ann Weller and Gov. Tom Reyes spoke on Friday. Following are comments from Ann Weller and Tom Reyes: On taxes: {_A}", "We cannot keep", None),
        (f"The council met on Monday. Key quotes from the speech: On taxes: {_A}", "We cannot keep", None),
        (f"The agency released a statement on Friday. Following is the text of the statement: {_A}", "We cannot keep", None),
        (
            f"Gov. Tom Reyes gave his annual address on Tuesday. Highlights of his speech: On jobs: {_A} Ann Weller on roads: {_C}",
            "Every road in",
            "Ann Weller",
        ),
        (f"{_LEAD} Key quotes from Weller’s speech: 1. REYES ON TAXES {_A} 2. On trade: {_B}", "We cannot keep", None),
        (f"{_LEAD} Key quotes from Weller’s speech: 1. REYES ON TAXES {_A} 2. On trade: {_B}", "Tariffs are a tax", None),
        (
            f"{_LEAD} Here are some of her comments: On taxes: {_A} - Senate floor. Critics were unimpressed, and the "
            f"opposition held a rally outside the capitol on Friday. {_C}",
            "Every road in",
            None,
        ),
        (f"{_LEAD} Here are some of her comments: On taxes: {_A}\n\nProtesters marched through the square on Friday night.\n\n{_B}", "Tariffs are a tax", None),
        (f"{_LEAD} Here are some of her favourite songs: “Blue River,” “Paper Moon” and “Dancing Alone.”", "Dancing Alone", None),
        (
            f"{_LEAD} Following are the slogans of her campaigns: - “Weller works for you, every day of the week.” - “Roads first, "
            "and schools right after them.”",
            "Roads first",
            None,
        ),
        (f"{_LEAD} Here are some of her comments on taxes and trade, which critics call naive. Voters were split. {_B}", "Tariffs are a tax", None),
        (f"{_LEAD} Following is a collection of quotes from her rivals: On taxes: {_A}", "We cannot keep", None),
        (f"{_LEAD} Here are the highlights of Weller’s plan: On taxes: {_A}", "We cannot keep", None),
        (f"{_LEAD} Highlights of her budget: On taxes: {_A} On trade: {_B}", "Tariffs are a tax", None),
    ],
)

#: A numbered entry's heading on its own paragraph: the splitter cuts after "1.", but the number
#: only counts the entry ("1. WELLER ON TAXES “…”" is Weller's, as "WELLER ON TAXES “…”" is).
NUMBERED_HEADINGS = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"{_LEAD}\n\n1. WELLER ON TAXES {_A}\n\n2. WELLER ON TRADE {_B}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD}\n\n1. WELLER ON TAXES {_A}\n\n2. WELLER ON TRADE {_B}", "Tariffs are a tax", "Ann Weller"),
        (f"{_LEAD}\n\n1) Weller on taxes {_A}", "We cannot keep", "Ann Weller"),
        (f"{_LEAD}\n\n1. REYES ON TAXES {_A}", "We cannot keep", None),
        (f"{_LEAD}\n\n1. ON TAXES {_A}", "We cannot keep", None),
        (f"{_LEAD}\n\n3. GRACE PERIOD {_A}", "We cannot keep", None),
    ],
)

COLL25_CASES = ONE_PERSONS_COLLECTION + NOT_ONE_PERSONS_COLLECTION + NUMBERED_HEADINGS
