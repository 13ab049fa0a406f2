"""Attribution cases of session 22: speakers given by a label or a colon line, not a speech verb.

Four gaps of one family, each of which left a quote with no speaker (or the wrong one):

* a paragraph that is only a one-word label over a quote-only paragraph ("Weller:" / "“…”").
  "Ann Weller:" was read, a surname alone was not; it now counts when the article writes that
  word as the last word of a name ("Gov. Ann Weller"), never a dateline ("DUNMORE:" after "In
  Dunmore, …", whose capitalised word before is a sentence's opener), a crosshead word
  ("Background:", "Key Findings:") or a transition ("Furthermore:");
* "Here’s Weller:" / "Here is Reyes in 2019:" alone before the quote (the same label read
  inline, "Here’s Reyes in 2019: “…”", already worked); "Here’s the mayor:" is the mayor, "Here’s
  the thing:" nobody;
* a label in capitals longer than three letters that is an outlet's or a body's short name
  ("MSNBC: “…”", "NYPD: “…”"): one with no vowel, or one the body also writes in capitals inside
  a sentence ("told NAACP members"). A dateline ("PARIS:", "MIAMI:", "BEIRUT:") is neither;
* a transcript's turn whose quote is cued by the label's own verb of a view ("WELLER: Well, I
  think it is “…”", "We want “…”", "I believe “…”"), as "I said" already was; the cue nearest the
  quote decides, so "REYES: She says that every time …, and I think “…”" is Reyes's, not "she".
  A contracted "I" ("I’m telling you", "I’ve always said") is the label's as well; and a pronoun
  with its contracted verb is never read as a name ("I’m", "You’ve", "Anyway I’m" were speakers
  on the blog pool's pages).

Negatives: another's cue nearest the quote inside a turn ("I think the memo calls it “…”", "My
husband said “…”", "I think she told the paper “…”"), the look-alike labels above. Invented
people, places and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_FAIR = "Gov. Ann Weller and Rep. Tom Reyes spoke at the county fair on Saturday.\n\n"
_LINE = "“We will keep every rural hospital open, and we will pay for it without new taxes.”"
_FACT = "“The fair has been held every August since 1911 and draws about forty thousand people.”"

LABEL_LINES = cases(
    "speaker stated in another paragraph or clause",
    [
        (_FAIR + "Weller:\n\n" + _LINE, "We will keep every rural hospital", "Ann Weller"),
        (_FAIR + "WELLER:\n\n" + _LINE, "We will keep every rural hospital", "Ann Weller"),
        (_FAIR + "“The governor has had four years and the roads are worse than ever,” Reyes said.\n\nWeller:\n\n"
         "“We fixed more bridges in four years than the last two governors did in twelve.”",
         "We fixed more bridges", "Ann Weller"),
        ("Gov. Ann Weller and Rep. Tom Reyes answered the same question about the budget on Sunday.\n\nReyes:\n\n"
         "“Nobody in this state wants a tax increase, and I will not vote for one.”\n\nWeller:\n\n"
         "“The budget is balanced, and it will stay balanced as long as I am governor.”",
         "The budget is balanced", "Ann Weller"),
        ("Gov. Ann Weller and Rep. Tom Reyes answered the same question about the budget on Sunday.\n\nReyes:\n\n"
         "“Nobody in this state wants a tax increase, and I will not vote for one.”\n\nWeller:\n\n"
         "“The budget is balanced, and it will stay balanced as long as I am governor.”",
         "Nobody in this state wants", "Tom Reyes"),
        (_FAIR + "Here’s Weller:\n\n" + _LINE, "We will keep every rural hospital", "Ann Weller"),
        (_FAIR + "Here is Reyes in 2019:\n\n“I will never vote for a budget that cuts a single rural hospital, not one.”",
         "I will never vote for a budget", "Tom Reyes"),
        (_FAIR + "Here’s Reyes on Monday:\n\n“I will never vote for a budget that cuts a single rural hospital, not one.”",
         "I will never vote for a budget", "Tom Reyes"),
        (_FAIR + "“The roads are worse than ever,” Reyes said.\n\nHere was Weller last week:\n\n"
         "“We fixed more bridges in four years than the last two governors did in twelve.”",
         "We fixed more bridges", "Ann Weller"),
        ("Mayor Ann Weller spoke at the county fair on Saturday.\n\nHere’s the mayor:\n\n"
         "“We fixed more bridges in four years than the last two mayors did in twelve.”",
         "We fixed more bridges", ("Ann Weller", "the mayor")),
        # a crosshead, a dateline, a transition, a town, a phrase: nobody
        (_FAIR + "Background:\n\n" + _FACT, "The fair has been held", None),
        ("Gov. Ann Weller spoke at the county fair on Saturday. In Dunmore, the fair has run since 1911.\n\n"
         "DUNMORE:\n\n" + _FACT, "The fair has been held", None),
        ("Gov. Ann Weller spoke at the county fair on Saturday.\n\nFurthermore:\n\n" + _FACT, "The fair has been held", None),
        ("Gov. Ann Weller spoke at the county fair in Dunmore on Saturday.\n\nDunmore:\n\n" + _FACT, "The fair has been held", None),
        ("Gov. Ann Weller spoke at the county fair in Dunmore on Saturday.\n\nHere’s Dunmore:\n\n" + _FACT,
         "The fair has been held", None),
        (_FAIR + "Here’s the thing:\n\n" + _FACT, "The fair has been held", None),
        ("Gov. Ann Weller spoke at the county fair in Dunmore on Saturday.\n\nKey Findings:\n\n" + _FACT,
         "The fair has been held", None),
        # an inline dateline the body writes after "In": no name
        ("Gov. Ann Weller spoke at the county fair on Saturday. In Dunmore, the fair has run since 1911.\n\n"
         "DUNMORE: “The fair has been held every August since 1911 and draws about forty thousand people.”",
         "The fair has been held", None),
    ],
)

_POLICE = "Police in Dunmore released new details of the shooting on Friday.\n\n"
_TALKS = "“The talks will resume next week, and we expect a deal before the summer.”"

ACRONYM_LABELS = cases(
    "organisations, documents and groups",
    [
        (_POLICE + "MSNBC: “The gunman fired more than fifty rounds before the first officers arrived.”",
         "The gunman fired more than fifty", "MSNBC"),
        (_POLICE + "CNBC: “Shares of the company fell eleven percent in the hour after the news broke.”",
         "Shares of the company fell", "CNBC"),
        (_POLICE + "NYPD: “Officers are on the scene and the area around the station has been closed.”",
         "Officers are on the scene", "NYPD"),
        ("Gov. Ann Weller spoke to NAACP members in Dunmore on Friday.\n\nNAACP: “The governor has listened, but "
         "listening is not the same as acting on what she heard.”", "The governor has listened", "NAACP"),
        ("A NASA spokesman said the launch had been delayed again.\n\nNASA: “The crew is safe and the rocket will "
         "stay on the pad until the weather clears.”", "The crew is safe", "NASA"),
        (_POLICE + "MSNBC:\n\n“The gunman fired more than fifty rounds before the first officers arrived.”",
         "The gunman fired more than fifty", "MSNBC"),
        # datelines: no speaker
        ("Gov. Ann Weller spoke to reporters on Friday.\n\nPARIS: " + _TALKS, "The talks will resume", None),
        ("Gov. Ann Weller flew to Miami on Friday.\n\nMIAMI: " + _TALKS, "The talks will resume", None),
        ("Gov. Ann Weller spoke to reporters on Friday.\n\nBEIRUT: " + _TALKS, "The talks will resume", None),
        ("WELLER HEADS TO PARIS FOR TALKS\n\nGov. Ann Weller spoke to reporters on Friday.\n\nPARIS: " + _TALKS,
         "The talks will resume", None),
    ],
)

_DEBATE = (
    "Sen. Ann Weller and Rep. Tom Reyes debated the farm bill on Sunday, moderated by Joan Pike.\n\n"
    "PIKE: Senator, your response?\n\n"
)

STANCE_IN_TURNS = cases(
    "pronouns and role nouns",
    [
        (_DEBATE + "WELLER: Well, I think it is “the worst farm bill in the history of this state,” and everybody "
         "here knows it.", "the worst farm bill", "Ann Weller"),
        (_DEBATE + "REYES: She says that every time she is behind, and I think “the farmers of this state are "
         "smarter than that,” frankly.", "the farmers of this state", "Tom Reyes"),
        (_DEBATE + "WELLER: We want “a bill that pays farmers for what they grow, not for what they don't,” and we "
         "will get one.", "a bill that pays farmers", "Ann Weller"),
        (_DEBATE + "REYES: Look, I believe “every family farm deserves a fair price,” and this bill gives them one.",
         "every family farm deserves", "Tom Reyes"),
        (_DEBATE + "WELLER: I feel that “the small farms were left out of every meeting,” and I said so at the time.",
         "the small farms were left out", "Ann Weller"),
        (_DEBATE + "REYES: I know “the senator has never once set foot on a dairy farm,” and neither have her staff.",
         "the senator has never once", "Tom Reyes"),
        (_DEBATE + "WELLER: We have always believed “the bill should be written by farmers,” and it was not.",
         "the bill should be written", "Ann Weller"),
        (_DEBATE + "REYES: The senator calls it a giveaway. I think it is “the fairest deal farmers have had in "
         "thirty years.”", "the fairest deal farmers", "Tom Reyes"),
        # a contracted "I" is the label's own too, and never a name of its own ("I’m", "I’ve")
        (_DEBATE + "WELLER: I’m telling you, “this bill will close half the dairies in the state,” and it will.",
         "this bill will close half", "Ann Weller"),
        (_DEBATE + "REYES: I’ve always said “the dairies will be fine under this bill,” and they will.",
         "the dairies will be fine", "Tom Reyes"),
        (_DEBATE + "WELLER: As I've said before, “this bill will close half the dairies in the state.”",
         "this bill will close half", "Ann Weller"),
        ("Ann Weller runs a dairy farm outside Dunmore.\n\nAnd I’m telling you, “this bill will close half the dairies "
         "in the state,” and it will.", "this bill will close half", (None, "the author")),
        ("Ann Weller runs a dairy farm outside Dunmore.\n\nYou’ve talked before about the idea that “every farm "
         "is a family business,” and it still holds.", "every farm is a family", None),
        # someone else's cue nearest the quote: not the label's words
        (_DEBATE + "REYES: I think the memo calls it “a windfall for the largest growers in the state,” but the "
         "memo is wrong.", "a windfall for the largest", (None, "the memo")),
        (_DEBATE + "WELLER: My husband said “you will never win this fight on your own,” and he was right.",
         "you will never win this fight", (None, "my husband")),
        (_DEBATE + "REYES: I think she told the paper “the bill is dead,” and then she voted for it.",
         "the bill is dead", (None, "Ann Weller")),
        (_DEBATE + "WELLER: It is a bad bill.\n\nPIKE: Many farmers believe the system is “rigged against the small "
         "growers.” Do you agree?", "rigged against the small", None),
    ],
)

LABELS22_CASES = LABEL_LINES + ACRONYM_LABELS + STANCE_IN_TURNS
