"""Attribution cases of session 33 (helper colon33): a speaker named early in the sentence, then a
short frame with no speech verb that ends in a colon, a dash or a question mark, then the quote
(found by a grid of invented sentences crossing speaker shapes — full name, surname after an
introduction, title and name, party tag, description, organisation — with such frames).

* A possessive noun of saying asked as a question of its own with its listener or topic ("Kell's
  advice to young voters? “…”", "Her assessment of the race?", "Kell's response to Ann Weller?"),
  or with a noun the colon reader knew and the question reader did not ("Kell's pitch?", "Her
  plea?", "The aide's comment?"), gave nobody: the question reader listed fewer nouns than the
  colon reader and no phrase after the noun.
* The same possessive introduction closed by a dash instead of a colon ("Kell's take — “…”",
  "The aide's advice on the race – “…”") gave nobody, unless the sentence opened the paragraph
  (a heading's reading).
* An -ing noun of saying after its owner, with its topic before the colon ("One voter's warning
  on the debate: “…”") or closed by a question mark ("A senior aide's warning? “…”"), was read as
  the verb "warning" with the owner "One voter's" as its subject, which the final checks dropped,
  so the possessive reader never ran.
* A label with no verb closed by a dash, whose speaker is a description ("One voter on the tax
  plan — “…”", "Asked whether he would run, one aide — “…”"), gave nobody, where its colon gave the
  speaker and a name before the dash did.
* The same label closing a paragraph of its own over the quote ("Kell on the tax plan:" / "“…”",
  "His wife, on the tax plan:") gave nobody (or, after a sentence of the paragraph in which
  another person spoke, that person): the paragraph's colon was read only after a clause that
  announces words. A name of one word counts when the body knows it as a person's (not "Snow on
  the way:", "Focus on the economy:"). The possessive question there ("Kell's advice to young
  voters?" / "“…”") was tried on the whole paragraph, not its last sentence.
* A holder's view given in the writer's gist ("For Ann Weller, this is progress: “…”", "For the
  mayor, it was personal:") gave nobody: "For X, the lesson was simple:" was read, a "this", "that"
  or "it" was not. One person's or one body's only ("For voters, this is a test:" is none).
* "ally" and "confidant" were no person's nouns ("A longtime Kell ally to reporters:").

Wrong names beside them: the outlet that quoted a speaker labelled before the colon ("Tom Kell,
quoted by the Dayton Ledger: “…”", "…, as quoted by …") was read as the one an active "quotes"
names ("The flyer quotes Tom Kell:"), the "by" phrase taken for its object; a verbless question
about someone ("Advice for Tom Kell? “…”") gave "Advice for Kell?" (read as an organisation's
name, "Friends for Kell", with its question mark) or the person asked about, as the subject of a
sentence before a lone quote; a person's record
before a colon ("Kell's record: “…”", often a rating group's words) was read as a document that
speaks.

Negatives: the writer's frame for someone ("The bottom line for Kell:", "The question for Kell:",
"Advice for Kell?"); a question that asks what the words were ("What was Kell's answer?", left to
no one as session 19 decided); another person's words to or about the one named ("Ann Weller's
message to Kell:", "Ann Weller on Kell:", "Asked about Kell, Ann Weller:"); an owned role that is
someone else ("Kell's spokesman on the plan:"); a dash after a clause (an aside or a title: "The
mayor unveiled a slogan — “…” — on Monday"), after a text ("The newspaper's headline — “…” —"), a
dateline or a kicker in capitals. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PEOPLE = "We will never give up on the people of this state, not ever"
_INTRO = "Tom Kell, the state treasurer, spoke in Dayton on Monday. "

QUESTION_WITH_TOPIC = cases(
    "clause frames around the speaker",
    [
        (f"{_INTRO}Kell's advice to young voters? “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"Sen. Rosa Diaz's assessment of the race? “{_PEOPLE}.”", "We will never", "Rosa Diaz"),
        (f"{_INTRO}Mr. Kell's response to Ann Weller? “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"The campaign's message for the governor? “{_PEOPLE}.”", "We will never", "the campaign"),
        (f"{_INTRO}Kell's pitch? “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"Rosa Diaz's plea? “{_PEOPLE}.”", "We will never", "Rosa Diaz"),
        (f"{_INTRO}And his answer to the critics? “{_PEOPLE}.”", "We will never", "Tom Kell"),
        # negatives: the writer's question about someone; a question that asks what the words were;
        # a thing owned that is no words
        (f"Advice for Tom Kell? “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}Advice for Kell? “{_PEOPLE}.”", "We will never", None),
        (f"Advice for Sen. Tom Kell (D-Ore.)? “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}What was Kell's answer? “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}Kell's plan? “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}Kell's problem? “{_PEOPLE}.”", "We will never", None),
    ],
)

OWNED_WORDS_DASH = cases(
    "clause frames around the speaker",
    [
        (f"{_INTRO}Kell's take — “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Mr. Kell's view on the race — “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"A senior aide's advice – “{_PEOPLE}.”", "We will never", "a senior aide"),
        (f"{_INTRO}Kell's reply -- “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"Rosa Diaz's prediction — “{_PEOPLE}” — drew cheers.", "We will never", "Rosa Diaz"),
        # negatives: a text whose words are no one's we know; the owner's role, another person
        (f"The newspaper's headline — “{_PEOPLE}” — ran above the fold.", "We will never", (None, "the newspaper")),
        (f"{_INTRO}Kell's spokesman on the plan — “{_PEOPLE}.”", "We will never", ("Kell's spokesman on the plan", "Kell's spokesman", None)),
        (f"Ann Weller's message to Tom Kell — “{_PEOPLE}.”", "We will never", "Ann Weller"),
    ],
)

OWNED_ING_NOUN = cases(
    "clause frames around the speaker",
    [
        (f"One voter's warning on the debate: “{_PEOPLE}.”", "We will never", "One voter"),
        (f"A senior aide's warning? “{_PEOPLE}.”", "We will never", "a senior aide"),
        (f"The campaign's warning to young voters? “{_PEOPLE}.”", "We will never", "the campaign"),
        (f"Tom Kell's warning — “{_PEOPLE}.”", "We will never", "Tom Kell"),
        # negatives: the owned noun is the verb's subject, or heard by the subject
        (f"The jurors heeded the judge's warning: “{_PEOPLE}.”", "We will never", ("the judge", None)),
        (f"Tom Kell's warning that “{_PEOPLE}” went unheeded.", "We will never", "Tom Kell"),
    ],
)

LABEL_DASH = cases(
    "clause frames around the speaker",
    [
        (f"One voter on the tax plan — “{_PEOPLE}.”", "We will never", "One voter"),
        (f"A senior aide on the tax plan – “{_PEOPLE}.”", "We will never", ("a senior aide", "A senior aide")),
        (f"The campaign on the tax plan -- “{_PEOPLE}.”", "We will never", ("the campaign", "The campaign")),
        (f"Asked whether he would endorse the nominee, one aide — “{_PEOPLE}.”", "We will never", "one aide"),
        (f"Sen. Tom Kell (D-Ore.) on the tax plan — “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell on the tax plan — “{_PEOPLE}.”", "We will never", "Tom Kell"),
        # already read with a colon; kept beside them
        (f"{_INTRO}Asked whether he would endorse the nominee, Kell: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell, asked about the tax plan: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Here's what Kell had to say about the plan: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}In Kell's words: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell, in full: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Said Kell: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell's reaction? “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell, in a tweet on Monday night: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"Ann Weller, 54, a retired teacher from Dayton: “{_PEOPLE}.”", "We will never", "Ann Weller"),
        # negatives: the writer's frame for someone; a clause before a dash; a dateline; a kicker;
        # another person's words about the one named
        (f"{_INTRO}The bottom line for Kell: “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}The bottom line for Kell — “{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}The question for Kell: “Can he win Ohio with the votes he has in the cities?”", "Can he win", None),
        ("Tom Kell and Ann Weller unveiled a slogan — “We will never give up on this state” — on Monday.", "We will never", None),
        (f"DAYTON, Ohio — “{_PEOPLE},” read the banner over the stage.", "We will never", ("the banner", None)),
        (f"MOVING SHOP—“{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}Ann Weller on Kell — “{_PEOPLE}.”", "We will never", "Ann Weller"),
        (f"{_INTRO}Asked about Kell, Ann Weller — “{_PEOPLE}.”", "We will never", "Ann Weller"),
    ],
)

TRACK_RECORD = cases(
    "when unsure, say less",
    [
        (f"{_INTRO}Kell's record: “{_PEOPLE}.”", "We will never", None),
        (f"Sen. Rosa Diaz's record: “{_PEOPLE}.”", "We will never", None),
        (f"The senator's record: “{_PEOPLE}.”", "We will never", None),
        # negatives: a document that speaks; the record's owner named as speaking
        (f"The agency's report: “{_PEOPLE}.”", "We will never", "the agency's report"),
        (f"{_INTRO}Kell defended his record: “{_PEOPLE}.”", "We will never", "Tom Kell"),
    ],
)

LABEL_PARAGRAPH = cases(
    "speaker stated in another paragraph or clause",
    [
        (f"{_INTRO}\n\nKell on the tax plan:\n\n“{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}\n\nHis wife, on the tax plan:\n\n“{_PEOPLE}.”", "We will never", "His wife"),
        (f"Dayton voted on Monday.\n\nOne voter on the tax plan:\n\n“{_PEOPLE}.”", "We will never", ("One voter", "one voter")),
        (f"Dayton voted on Monday.\n\nA longtime Kell ally to reporters:\n\n“{_PEOPLE}.”", "We will never", ("A longtime Kell ally", "a longtime Kell ally")),
        (f"{_INTRO}\n\nKell's advice to young voters?\n\n“{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}\n\nHis wife's advice to young voters?\n\n“{_PEOPLE}.”", "We will never", ("His wife", "his wife")),
        # negatives: a word of the language or a thing before "on"; another person on the one named
        (f"Dayton voted on Monday.\n\nSnow on the way:\n\n“{_PEOPLE}.”", "We will never", None),
        (f"Dayton voted on Monday.\n\nFocus on the economy:\n\n“{_PEOPLE}.”", "We will never", None),
        (f"Dayton voted on Monday.\n\nAnother day on the trail:\n\n“{_PEOPLE}.”", "We will never", None),
        (f"{_INTRO}\n\nAnn Weller on Kell:\n\n“{_PEOPLE}.”", "We will never", "Ann Weller"),
        (f"Tom Kell on trade: a primer\n\n“{_PEOPLE},” said Ann Weller.", "We will never", "Ann Weller"),
    ],
)

HOLDER_GIST = cases(
    "clause frames around the speaker",
    [
        (f"Ann Weller spoke to us in May.\n\nFor Ann Weller, this is progress: “{_PEOPLE}.”", "We will never", "Ann Weller"),
        (f"For the mayor, it was personal: “{_PEOPLE}.”", "We will never", "the mayor"),
        (f"But for Tom Kell, that was the whole point: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        # negatives: a time, a feast, a group (one of them speaks at most)
        (f"For years, this was normal: “{_PEOPLE}.”", "We will never", None),
        (f"For Christmas, this is the plan: “{_PEOPLE}.”", "We will never", None),
        (f"For voters, this is a test: “{_PEOPLE}.”", "We will never", None),
    ],
)

QUOTED_BY_OUTLET = cases(
    "clause frames around the speaker",
    [
        (f"Tom Kell, quoted by the Dayton Ledger: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"{_INTRO}Kell, as quoted by the Dayton Ledger: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"One voter, quoted in the Dayton Ledger: “{_PEOPLE}.”", "We will never", ("One voter", "one voter")),
        # negatives: the one quoted after an active "quotes"; a text the outlet quoted
        (f"The flyer quotes Tom Kell: “{_PEOPLE}.”", "We will never", "Tom Kell"),
        (f"The flyer, quoted by the Dayton Ledger: “{_PEOPLE}.”", "We will never", ("the flyer", "The flyer")),
    ],
)

COLON33_CASES = QUOTED_BY_OUTLET + LABEL_PARAGRAPH + HOLDER_GIST + QUESTION_WITH_TOPIC + OWNED_WORDS_DASH + OWNED_ING_NOUN + LABEL_DASH + TRACK_RECORD
