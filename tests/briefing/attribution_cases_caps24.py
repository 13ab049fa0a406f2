"""Attribution cases of session 24 (helper caps24): quotes framed in text written in capitals.

Wire alerts, TV transcripts, shouty press releases, headlines kept in the body and wire round-ups
("JACK ABLIN, CHIEF INVESTMENT OFFICER, BMO PRIVATE BANK, CHICAGO “…”") set the frame of a quote
in capitals, where every reader of a speaker tells names from words by their capitals: "JOHN SMITH
SAYS “…”", "“…” SAID JOHN SMITH", "SEN. JOHN SMITH “…”" gave no speaker, and names read from
capitals were shown in capitals ("RICK MECKLER"). The quote stage now reads such runs re-cased as
mixed-case text writes them (``briefing.shouted_text``): the article's own spelling of a word when
it writes it in mixed case elsewhere ("MCCONNELL" -> "McConnell"), lower case for words of the
language and speech verbs, a title's capital only before a name, acronyms kept ("FBI", "NBC", a
word the article writes in capitals inside a sentence); the quotes themselves stay as written. A
name in capitals that is all its sentence before the quote ("JOHN SMITH “…”") is the quote's label.

Negatives: organisations and acronyms are no people ("THE WHITE HOUSE SAID" is the White House,
"NATO leaders" keeps NATO), a headline in capitals with a scare quote, kickers ("BREAKING:",
"UPDATE:", "WATCH:"), crossheads, a transcript's turn labels ("THE PRESIDENT:") and datelines keep
their capitals and their readings, a place or a kicker before a quote is no label, and words in
capitals inside a quote are the quote's. Invented wording throughout.

Coordinator, after the merge: a label in capitals may carry the person's role before the name
("FORMER SECRETARY OF STATE ANN WELLER “…”", up to twelve words), a party tag after it ("(R-WIS.)"),
or the role after a comma ("ANN WELLER, FORMER MAYOR “…”"); a role before a given name vouches for a
surname that is also a word ("FRONT-RUNNER TOM PRICE"). A name addressed or credited is no label
("DEAR ANN WELLER", "PHOTO BY TOM REYES", "A MESSAGE TO …").
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“We will bring it back next year, with more votes.”"

SENTENCES_IN_CAPITALS = cases(
    "titles and abbreviations",
    [
        (f"JOHN SMITH SAYS {_Q}", "We will bring it back", "John Smith"),
        (f"The senator spoke after the vote. JOHN SMITH SAID {_Q}", "We will bring it back", "John Smith"),
        (f"BREAKING: SENATOR JOHN SMITH SAYS {_Q}", "We will bring it back", "John Smith"),
        (f"UPDATE: SEN. ANN WELLER SAID {_Q}", "We will bring it back", "Ann Weller"),
        (f"WATCH: GOV. TOM REYES TELLS REPORTERS {_Q}", "We will bring it back", "Tom Reyes"),
        (f"REP. DANA KIRBY ON THE FARM BILL {_Q}", "We will bring it back", "Dana Kirby"),
        (f"JOHN SMITH ON TAXES {_Q}", "We will bring it back", "John Smith"),
        (f"JOHN SMITH, THE SENATOR, SAID {_Q}", "We will bring it back", "John Smith"),
        (f"JOHN SMITH, SENATOR, SAID {_Q}", "We will bring it back", "John Smith"),
        (f"PRESIDENT ANN WELLER WROTE ON FRIDAY {_Q}", "We will bring it back", "Ann Weller"),
        (f"SMITH ADDED {_Q}\n\nJohn Smith, a senator from Ohio, led the fight for the bill.", "We will bring it back", "John Smith"),
        ("“WE WILL BRING IT BACK NEXT YEAR,” JOHN SMITH SAID.", "WE WILL BRING IT BACK", "John Smith"),
        ("“WE WILL WIN THIS FIGHT NEXT YEAR,” SAID SEN. JOHN SMITH (R-TEXAS).", "WE WILL WIN THIS FIGHT", "John Smith"),
        ("SPEAKING TO REPORTERS, JOHN SMITH SAID “We will bring it back next year, with more votes.”",
         "We will bring it back", "John Smith"),
        ("JOHN SMITH SAID HE WOULD TRY AGAIN. “We will bring it back next year, with more votes,” HE SAID.",
         "We will bring it back", "John Smith"),
        ("“We will bring it back next year, with more votes,” SAID JOHN SMITH, WHO WROTE THE BILL.",
         "We will bring it back", "John Smith"),
        ("“We will bring it back next year, with more votes,” JOHN SMITH TOLD REPORTERS.", "We will bring it back", "John Smith"),
        ("“We will bring it back next year, with more votes,” THE SENATOR SAID.\n\nSen. John Smith lost the vote on Tuesday.",
         "We will bring it back", ("the senator", "John Smith")),
        ("RICK MECKLER, PRESIDENT OF LIBERTYVIEW CAPITAL IN JERSEY CITY, SAID: “The market had priced this in weeks ago.”",
         "The market had priced this in", "Rick Meckler"),
        ("A DEAL IS CLOSE, SAYS MAYOR DANA KIRBY. “We are one meeting away from a signed contract.”",
         "We are one meeting away", "Dana Kirby"),
        ("SHE SAID IT PLAINLY. “We are one meeting away from a signed contract,” MAYOR DANA KIRBY SAID.",
         "We are one meeting away", "Dana Kirby"),
        ("WILL YOUNG SAID “The farm bill is dead for this session, and everyone in the room knows it.”",
         "The farm bill is dead", "Will Young"),
        ("JOHN LEE SAID “The farm bill is dead for this session, and everyone in the room knows it.”",
         "The farm bill is dead", "John Lee"),
    ],
)

#: The article writes the name in mixed case too: its spelling is shown.
SPELLING_FROM_THE_ARTICLE = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"Mitch McConnell spoke to reporters on Tuesday.\n\nMCCONNELL SAID {_Q}", "We will bring it back", "Mitch McConnell"),
        ("Sen. Mitch McConnell met the caucus.\n\n“We will bring it back next year,” SAID MITCH MCCONNELL.",
         "We will bring it back next year", "Mitch McConnell"),
        (f"Aoife O’Brien chairs the committee.\n\nAOIFE O’BRIEN SAID {_Q}", "We will bring it back", "Aoife O’Brien"),
        (f"MICHAEL O’ROURKE, CHIEF MARKET STRATEGIST, JONESTRADING: {_Q}", "We will bring it back", "Michael O’Rourke"),
        (f"Jean-Luc DeWitt runs the union.\n\nJEAN-LUC DEWITT SAID {_Q}", "We will bring it back", "Jean-Luc DeWitt"),
        ("“We will bring it back next year, with more votes,” said JOHN SMITH, the senator.", "We will bring it back", "John Smith"),
        (f"José García leads the union.\n\nJOSÉ GARCÍA SAID {_Q}", "We will bring it back", "José García"),
        (f"JOSÉ GARCÍA, THE UNION'S PRESIDENT, SAID {_Q}", "We will bring it back", "José García"),
        (f"Lawmakers met on Monday. JACK ABLIN, CHIEF INVESTMENT OFFICER, BMO PRIVATE BANK, CHICAGO {_Q}",
         "We will bring it back", "Jack Ablin"),
        (f"L. THOMAS BLOCK, FUNDSTRAT GLOBAL ADVISORS, WASHINGTON: {_Q}", "We will bring it back", "L. Thomas Block"),
        (f"Stocks fell on Tuesday.\n\nSEN. ANN WELLER {_Q}", "We will bring it back", "Ann Weller"),
        (f"Stocks fell on Tuesday.\n\nJOHN SMITH {_Q}", "We will bring it back", "John Smith"),
        (f"JOHN SMITH {_Q}", "We will bring it back", "John Smith"),
        (f"The vote failed. TOM REYES {_Q}", "We will bring it back", "Tom Reyes"),
        ("CHICAGO/NEW YORK (Reuters) - Dana Kirby, the bank's chief, said on Tuesday she expects a “long and painful” winter.",
         "long and painful", "Dana Kirby"),
    ],
)

#: Organisations and acronyms in capitals are no people; kickers, crossheads, labels, datelines
#: and a place before a quote name no one; words in capitals inside the quote are its own.
NOT_PEOPLE_IN_CAPITALS = cases(
    "organisations, documents and groups",
    [
        (f"THE WHITE HOUSE SAID {_Q}", "We will bring it back", "the White House"),
        (f"NATO leaders met in Brussels.\n\nNATO SAID ON FRIDAY {_Q}", "We will bring it back", "NATO"),
        (f"The FBI opened an inquiry.\n\nTHE FBI SAID IN A STATEMENT {_Q}", "We will bring it back", "the FBI"),
        (f"A NASA probe landed on Monday. NASA SAID {_Q}", "We will bring it back", "NASA"),
        (f"THE TEACHERS UNION SAID ON MONDAY {_Q}", "We will bring it back", "the teachers union"),
        (f"THE UNION SAID IN A STATEMENT {_Q}", "We will bring it back", "the union"),
    ],
)

NOBODY_IN_CAPITALS = cases(
    "when unsure, say less",
    [
        (f"BREAKING NEWS {_Q}", "We will bring it back", None),
        (f"NEW YORK {_Q}", "We will bring it back", None),
        (f"WHITE HOUSE {_Q}", "We will bring it back", None),
        (f"FBI, CIA {_Q}", "We will bring it back", None),
        ("MOVING SHOP—“The gallery will reopen across the river next spring with twice the space.”",
         "The gallery will reopen", None),
        ("THE ENTRIES WERE AMAZING\n\nThank you to everyone who entered. In her post she wrote, “I saw this fabric and "
         "knew I wanted a dress.”", "I saw this fabric", (None, "she")),
        ("IGNORE SECURITY QUESTIONS There is a limited set of answers to questions like “What is your favorite color?” "
         "and most can be found online.", "What is your favorite color", None),
        # words in capitals inside the quote are the quote's, as written (a chant is the crowd's)
        ("The crowd chanted “NO MORE TAXES, NO MORE TAXES” for an hour outside City Hall.", "NO MORE TAXES", ("the crowd", None)),
        ("SMITH SLAMS ‘A DISASTER FOR EVERY FARMER IN THIS STATE’\n\nThe Senate voted 52-48 on Tuesday.",
         "A DISASTER FOR EVERY FARMER", (None, "Smith")),
        ("Sen. Ann Weller spoke with reporters.\n\nSEN. WELLER: I told the leader “not one more dollar,” and I meant it.",
         "not one more dollar", "Ann Weller"),
        ("President Ann Weller took questions.\n\nTHE PRESIDENT: My critics said it was “impossible to pass.” It wasn't.",
         "impossible to pass", (None, "my critics")),
        ("WASHINGTON (Reuters) - THE FARM BILL FAILED AGAIN on Tuesday, and its backers called it “a shameful day for farmers.”",
         "a shameful day", ("its backers", None)),
    ],
)

LABELS_WITH_ROLES = cases(
    "titles and abbreviations",
    [
        (f"FORMER SECRETARY OF STATE ANN WELLER {_Q}", "We will bring it back", "Ann Weller"),
        (f"The debate went on past midnight.\n\nHOUSE SPEAKER TOM REYES (R-WIS.) {_Q}", "We will bring it back", "Tom Reyes"),
        (f"The debate went on. REPUBLICAN FRONT-RUNNER TOM PRICE {_Q}", "We will bring it back", "Tom Price"),
        (f"NEW YORK CITY MAYOR BILL DE BLASIO {_Q}", "We will bring it back", "Bill De Blasio"),
        (f"ANN WELLER, FORMER MAYOR OF SPRINGFIELD {_Q}", "We will bring it back", "Ann Weller"),
        (f"THE FORMER MAYOR, ANN WELLER {_Q}", "We will bring it back", "Ann Weller"),
        (f"SEN. ANN ROE {_Q}", "We will bring it back", "Ann Roe"),
        (f"DEAR ANN WELLER {_Q}", "We will bring it back", None),
        (f"PHOTO BY TOM REYES {_Q}", "We will bring it back", None),
        (f"STATEMENT FROM SENATOR TOM REYES {_Q}", "We will bring it back", None),
        (f"GRACE PERIOD {_Q}", "We will bring it back", None),
        (f"NEW YORK, NEW YORK {_Q}", "We will bring it back", None),
    ],
)

CAPS24_CASES = LABELS_WITH_ROLES + SENTENCES_IN_CAPITALS + SPELLING_FROM_THE_ARTICLE + NOT_PEOPLE_IN_CAPITALS + NOBODY_IN_CAPITALS
