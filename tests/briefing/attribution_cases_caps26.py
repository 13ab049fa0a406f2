"""Attribution cases of session 26 (helper caps26): a round-up's label with the role right after the
name, no comma between them.

Reaction round-ups print each entry as "NORA KIRBY SPEAKER OF THE ASSEMBLY “…” [TWITTER]" or
"Tom Reyes Senate Majority Leader “…” [Statement]": the name, its role and the quote, in capitals
or title case. With a comma the name was read; without it the role was glued into the name ("Tom
Reyes Senate") or the label named no one. The heading reader now cuts such a label into a person's
name (two or three words; a given name we know, or the name written elsewhere in the article) and a
role the title readers know (``briefing.role_labels``). A name in capitals is re-cased with the
capital after "Mc" ("MCCARTHY" -> "McCarthy"), never after "Mac" (Macdonald or MacDonald).

Negatives: a section heading on its own line ("STATE LEADERS") names no one and keeps the entries
under it theirs; a name then words that are no role ("NORA KIRBY BIG LOSER TONIGHT": a headline's
fragment; the heading policy reads a label only when it ends on its name or a topic after "on"),
a firm's name before a role ("BRIGHTWAY CORP BOARD OF DIRECTORS"), two names in one label, a name
inside the role ("… SPEAKER TOM REYES …"). Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“Today is a hard day for the state, and we will have to work together to fix it.”"
_INTRO = "Lawmakers reacted on Wednesday.\n\n"

NAME_THEN_ROLE = cases(
    "titles and abbreviations",
    [
        (f"{_INTRO}NORA KIRBY SPEAKER OF THE ASSEMBLY {_Q} [TWITTER]", "Today is a hard day", "Nora Kirby"),
        (f"{_INTRO}TOM REYES SENATE MAJORITY LEADER {_Q} [Statement]", "Today is a hard day", "Tom Reyes"),
        (f"{_INTRO}Tom Reyes Senate Majority Leader {_Q} [Statement]", "Today is a hard day", "Tom Reyes"),
        (f"{_INTRO}Nora Kirby Speaker of the Assembly {_Q}", "Today is a hard day", "Nora Kirby"),
        (f"{_INTRO}ANN WELLER DEMOCRATIC LEADER {_Q}", "Today is a hard day", "Ann Weller"),
        (f"{_INTRO}MARK HOLLIS GOVERNOR OF OHIO {_Q} [Statement]", "Today is a hard day", "Mark Hollis"),
        (f"{_INTRO}RUTH OKAFOR CEO OF BRIGHTWAY {_Q}", "Today is a hard day", "Ruth Okafor"),
        (f"{_INTRO}ANN WELLER FORMER SECRETARY OF STATE {_Q}", "Today is a hard day", "Ann Weller"),
        (f"{_INTRO}TOM REYES CHAIRMAN OF THE RNC {_Q}", "Today is a hard day", "Tom Reyes"),
        (f"{_INTRO}JOHN F. KIRBY CHIEF OF STAFF {_Q}", "Today is a hard day", "John F. Kirby"),
        (f"{_INTRO}STATE LEADERS\n\nNORA KIRBY SPEAKER OF THE ASSEMBLY {_Q} [TWITTER]\n\n"
         "TOM REYES SENATE MAJORITY LEADER “We must stand up for the values of this state.” [Statement]",
         "We must stand up", "Tom Reyes"),
        # the name as the article writes it elsewhere vouches for a given name no list knows
        (f"{_INTRO}ZEBB HOLLAND HOUSE MINORITY WHIP {_Q}\n\nZebb Holland voted against the bill.",
         "Today is a hard day", "Zebb Holland"),
        # the capital after "Mc", not after "Mac"
        (f"{_INTRO}KEVIN MCCALLUM HOUSE MAJORITY LEADER {_Q}", "Today is a hard day", "Kevin McCallum"),
        (f"{_INTRO}KEVIN MCCALLUM {_Q}", "Today is a hard day", "Kevin McCallum"),
        (f"IAN MACLEOD SAID {_Q}", "Today is a hard day", "Ian Macleod"),
        # kept: the comma, the role before the name, a topic after a name
        (f"{_INTRO}NORA KIRBY, SPEAKER OF THE ASSEMBLY {_Q}", "Today is a hard day", "Nora Kirby"),
        (f"{_INTRO}THE RNC CHAIRMAN TOM REYES {_Q}", "Today is a hard day", "Tom Reyes"),
    ],
)

NOT_A_NAME_AND_ROLE = cases(
    "when unsure, say less",
    [
        # a name then a headline's fragment that is no role: never read as a role, nor glued into
        # the name (a verbless sentence's subject before its quote may still be read as its speaker)
        (f"{_INTRO}NORA KIRBY BIG LOSER TONIGHT {_Q}", "Today is a hard day", (None, "Nora Kirby")),
        (f"{_INTRO}Dana Kirby Big Loser Tonight {_Q}", "Today is a hard day", (None, "Dana Kirby")),
        # a firm and a body of it: never a person
        (f"{_INTRO}BRIGHTWAY CORP BOARD OF DIRECTORS {_Q}", "Today is a hard day", (None, "Brightway Corp")),
        # two names in one label
        (f"{_INTRO}NORA KIRBY TOM REYES {_Q}", "Today is a hard day", None),
        (f"{_INTRO}NORA KIRBY AND TOM REYES {_Q}", "Today is a hard day", None),
        (f"{_INTRO}NORA KIRBY SPEAKER TOM REYES LEADER {_Q}", "Today is a hard day", None),
        # a section heading on its own line names no one
        (f"{_INTRO}STATE LEADERS\n\n{_Q}", "Today is a hard day", None),
        (f"{_INTRO}Nora Kirby and Tom Reyes {_Q}", "Today is a hard day", None),
        (f"{_INTRO}TOM REYES NORA KIRBY SENATE LEADERS {_Q}", "Today is a hard day", None),
        # a place before an office: no one's name
        (f"{_INTRO}NORTH DAKOTA STATE TREASURER {_Q}", "Today is a hard day", (None, "North Dakota")),
        (f"{_INTRO}BRIGHTWAY HOLDINGS CHIEF EXECUTIVE {_Q}", "Today is a hard day", (None, "Brightway Holdings")),
        # a label with no given name and a name the article never writes
        (f"{_INTRO}GRAND CANYON GOVERNOR OF NOWHERE {_Q}", "Today is a hard day", None),
    ],
)

CAPS26_CASES = NAME_THEN_ROLE + NOT_A_NAME_AND_ROLE
