"""Attribution cases of session 36 (helper tuneC36), from the wrong and missing speakers read in
a third of the tuning half of a fresh pool of US political news (2015–16). Invented names and
wording throughout; each pattern with its near-miss negatives.

Wrong speakers (words in someone's mouth):

* A cleft after a short opening phrase ("Last month, it was Tom Warren who introduced the plan.
  He said …") registered no subject, so the "he" went back to a man named paragraphs before. The
  cleft's focus is whom the sentence is about, after "Last month," as at a sentence's start.
* The writer denying being someone ("I am no Roy Keller, but I knew the rules") made that person
  the one the writer's sentence is about, and a "his" two sentences on his. A comparison held up
  is no one the text goes on about.
* "Any" opening a sentence ("Any fair reading of Tom Kell's statements makes it clear he …") was
  read as a name, so the person named inside the subject phrase was never the one the next "he"
  means, who fell back on a man of an earlier paragraph. "Any", "another", "either", "neither",
  "whatever", "whichever" open no name, as "each" and "every" did not; and a phrase opening on
  "Any", "Every" or "Each" is read for the one person it names, as one on "The" is.
* A quote that is the object of a "that" or "which" clause on a noun, with a verb of purpose or
  promise ("Ann Weller works for Open Doors, a charity that aims to “…”", "backed a plan that
  promises “…”"), went to the main clause's subject: the words are the body's mission or the
  plan's text. Now nobody (the antecedent we cannot always read). Not a "that" after a verb of a
  view or of saying ("hopes that voters “…”", "believes that promises “…”").
* A reported scene told as a list of actions ending in "and said" ("Ann Rowe said Ben Ward
  stopped, turned around and said, “…”") went to the reporter: the list is the actor's, and so is
  the last verb. A single action ("said Ward resigned and said “…”") may be the reporter saying
  twice, and stays the reporter's; the actor's comma right after the first verb no longer hid him.
* A verb in front of its speaker, "Says Donald, “…”", glued into a name "Says Donald".
* Two titled people joined by "and" when the second title has a capital ("House Speaker Tom Kell
  and Senate leader Dan Pike issued a statement, saying they “…”") were read as a show's name and
  its star ("Only Fools and Horses star …"): only Pike. A title in the first part makes it a
  person.
* A participle after "by" in a concessive clause ("Kell won the primary, although Ann Roe won the
  spin by declaring herself the “…”") went to the main clause's subject; no comma sets it off,
  so it is the concessive clause's own verb's (a comma before it stays a guess, no one).

No speaker where the text names one before the quote:

* The writer's judgement between an owner and a noun of saying ("condemned Tom Kell's
  reprehensible call for “…”"): only a closed list of adjectives was let through.
* An aside in brackets whose own clause introduces the quote with a colon ("when a host asked
  Dan Pike about it (Pike took great umbrage: “…”)"): the verb outside the brackets ("asked") was
  read as the cue; the aside is read alone. And offence taken with nothing taken at ("took great
  umbrage:") announces the subject's words, as "objected:" does; not "took exception to the
  report:", whose quote may be the report's.
* "as" and the source with an apposition set off by commas after the quote ("…,” as Ann Weller,
  the group's vice president, said in a statement").
* An owner's document with a hyphened modifier ("Ann Weller's debate-night tweet had it right:",
  "her year-end statement said").
* A described person asked a question ("The reporter asked a young nurse how she was. “…,” she
  said"; the writer's "I asked a friend of mine, a woman in her 20s, how …") gave the answer to
  the asker or to no one; only names and titles were read as the one asked.
* A paragraph whose subject "provided context." before a paragraph of nothing but a quote: a
  noun of words given, as "offered some advice." was; not "provided a car", nor context "from"
  someone else.
* A role set off after a description in an inverted tail, then the name it holds ("said his son,
  retired District Court Judge Tom Kell Jr.") showed "his son": only a bare name or a title and
  a name were read there. Lower-case role words (a premodifier, a person's noun or title, no
  preposition: not "with wife Ann Roe") before a run of capitals ending on a name.
* A one-word name after a lower rank and a title ("Vice President Biden said …") was shown as an
  organisation's (no title known: the rank keeps "the president" from meaning him, and so it
  kept the title too). The rank and its title are a title.
* A handle or a hashtag whose capital sits mid-word ("@AmeriCorps") was cut as a run-in heading,
  splitting the quote in two paragraphs.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases
from tests.briefing.attribution_cases_none30 import _DAY_OFF

_ORPHANS = "people like orphans and people who are clearly not going to be trouble"
_EARLIER_WARREN = "When he was governor, Bill Warren honorably kept such talk down. He regularly praised local farmers."

CLEFT_AFTER_OPENING = cases(
    "pronouns and role nouns",
    [
        (f'{_EARLIER_WARREN} Last month, it was Tom Warren who introduced the idea. He said he would welcome "{_ORPHANS}."', "people like", "Tom Warren"),
        (f'{_EARLIER_WARREN} In the end, it was Tom Warren who backed the idea. He said he would welcome "{_ORPHANS}."', "people like", "Tom Warren"),
        # negatives: no name in focus; no one before
        (f'Last month, it was clear that the plan had failed. He said he would welcome "{_ORPHANS}."', "people like", None),
        (f'Last month, it was Tom Warren who introduced the idea. Critics said they would welcome "{_ORPHANS}."', "people like", "critics"),
    ],
)

_ROOMS = "However many they will print today"

WRITER_IS_NO_ONE = cases(
    "pronouns and role nouns",
    [
        (
            "I am no Roy Keller, but I knew the zoning rules well.\n\n"
            "While I was working for Donald, press reports had Trump and his wife living in a big apartment. "
            f'I once asked him how many rooms it had. I will never forget his response to me: "{_ROOMS}."',
            "However many",
            None,
        ),
        (
            "Tom Bell hired me in 1990 to handle his zoning cases. I am no Roy Keller, but I knew the rules well.\n\n"
            f'I once asked him how many rooms his apartment had. I will never forget his response to me: "{_ROOMS}."',
            "However many",
            "Tom Bell",
        ),
        # negatives: the writer's sentence naming one person, not denied
        (f'When the deal was struck, I thought of Roy Keller. "{_DAY_OFF}," he replied.', "He never took", "Roy Keller"),
        (f'I am no lawyer, but I asked Roy Keller about it. "{_DAY_OFF}," he replied.', "He never took", "Roy Keller"),
    ],
)

_READ = "with very little knowledge other than the knowledge I already had"

DETERMINER_OPENING = cases(
    "pronouns and role nouns",
    [
        (
            "I am glad that President Obama retreats to his study every night.\n\n"
            f'Any fair reading of Tom Kell’s many statements makes it clear he has no wish to read. In his own words, he makes decisions "{_READ}."',
            "with very little",
            "Tom Kell",
        ),
        (
            "I am glad that President Obama retreats to his study every night.\n\n"
            f'Every account of Tom Kell’s career shows he has no wish to read. He makes decisions "{_READ}."',
            "with very little",
            "Tom Kell",
        ),
        # negatives: no one named in the phrase and no one before; a firm's name after "Another"
        (f'Any fair reading of the statements makes it clear he has no wish to read. He makes decisions "{_READ}."', "with very little", None),
        (
            'Navex sold its stake on Monday. Another Navex unit said in a statement: "We will keep every contract we signed with them."',
            "We will keep",
            ("Navex", "Another Navex unit", "another Navex unit"),
        ),
    ],
)

_HUMANE = "create a more humane world for people in this country"

MISSION_IN_RELATIVE = cases(
    "organisations, documents and groups",
    [
        (f'Ann Weller, who has worked for Open Doors – a group with many members that works to "{_HUMANE}" – is another organizer.', "create a more", None),
        (f'Ann Weller works for Open Doors, a charity that aims to "{_HUMANE}."', "create a more", None),
        ('Tom Kell backed a plan that promises "a fair deal for every family in the county."', "a fair deal", None),
        (f'Tom Kell works for a charity which vows to "{_HUMANE}."', "create a more", None),
        # negatives: a "that" after a verb of a view or of saying; the quote right after "that"
        ('Tom Kell hopes that voters "will see through the plan and reject it."', "will see", "Tom Kell"),
        ('Tom Kell believes that promises "will be kept by the council this year."', "will be kept", "Tom Kell"),
        ('Many voters hope that promises "will be kept by the council this year."', "will be kept", "many voters"),
        ('Tom Kell wants a deal that "gives every family in the county a fair shot."', "gives every", "Tom Kell"),
    ],
)

_GUN = "I don’t have a gun, stop it now"

SCENE_ENDING_IN_SAID = cases(
    "clause frames around the speaker",
    [
        (f'Ann Rowe said Ben Ward stopped, turned around with his hands up and said, "{_GUN}!"', "I don’t have", "Ben Ward"),
        (f'Ann Rowe said that Ben Ward stood up, raised his hands and said: "{_GUN}!"', "I don’t have", "Ben Ward"),
        (f'Ann Rowe said Ben Ward stopped, turned around and shouted, "{_GUN}!"', "I don’t have", "Ben Ward"),
        # negatives: one action only, or a verb that goes on with the reporter
        ('Ann Rowe said Ben Ward resigned and said "the board will have to find someone else."', "the board", "Ann Rowe"),
        (f'Ann Rowe said Ben Ward stopped, turned around and added, "{_GUN}!"', "I don’t have", "Ann Rowe"),
    ],
)

FRONTED_SAYS = cases(
    "speech verbs in every form",
    [
        ('Tom Kell is running for mayor again this year.\n\nSays Kell, "I am not going to talk about" his rival’s record.', "I am not going", "Tom Kell"),
        ('Says Donald, "I am not going to talk about" his rival’s record.', "I am not going", "Donald"),
        # negative: the past, read so already
        ('Said Kell, "I am not going to talk about" his rival’s record.', "I am not going", "Kell"),
    ],
)

_BAN = "a total and complete ban on imports from the region"

JUDGED_CALL = cases(
    "organisations, documents and groups",
    [
        (f'Many Republicans have condemned Tom Kell’s reprehensible call for "{_BAN}."', "a total and", "Tom Kell"),
        (f'Voters cheered Ann Weller’s ambitious promise of "{_BAN}."', "a total and", "Ann Weller"),
        ('Critics mocked Ann Weller’s outrageous claim that the plan was "the best deal this town has ever seen."', "the best deal", "Ann Weller"),
        # negatives: no noun of saying; a call with words after it before the quote
        ('Ann Weller’s expensive trip to "the best resort this town has ever seen" drew fire.', "the best resort", None),
        (f'Tom Kell’s reprehensible call for calm after "{_BAN}" drew fire.', "a total and", None),
    ],
)

_INSULT = "I can’t believe anyone would insult the mayor that way"

ASIDE_IN_BRACKETS = cases(
    "clause frames around the speaker",
    [
        (f'When a host asked Dan Pike about it (Pike took great umbrage: "{_INSULT}"), the panel moved on.', "I can’t believe", "Dan Pike"),
        (f'When a host asked Dan Pike about it (Pike was blunt: "{_INSULT}"), the panel moved on.', "I can’t believe", "Dan Pike"),
        (f'Mayor Dan Pike took great umbrage: "{_INSULT}."', "I can’t believe", "Dan Pike"),
        # negatives: an aside whose subject is no one; offence taken at something; a relative aside
        (f'Dan Pike was asked about it on the show (the answer was simple: "{_INSULT}"), and the panel moved on.', "I can’t believe", None),
        ('When asked, Pike took exception to the report: "the mayor insulted everyone in this town today."', "the mayor insulted", None),
        (f'Mayor Ann Weller (who said "{_INSULT}") left the room.', "I can’t believe", "Ann Weller"),
    ],
)

_STEP = "The council has taken a key step in protecting the river from drilling"

AS_SOURCE_APPOSED = cases(
    "speech verbs in every form",
    [
        (f'Groups are celebrating the plan. "{_STEP}," as Ann Weller, the group\'s vice president, said in a statement.', "The council has", "Ann Weller"),
        (f'"{_STEP}," as the Ledger, a local paper, put it.', "The council has", "the Ledger"),
        # negatives: no speech verb after the apposition
        (f'"{_STEP}," as Ann Weller, the group\'s vice president, left the room.', "The council has", None),
    ],
)

_ALEPPO = "On trade he sounds like a child reading a report he never read"

HYPHENED_DOCUMENT = cases(
    "organisations, documents and groups",
    [
        (f'Ann Weller’s debate-night tweet had it right: "{_ALEPPO}."', "On trade", ("Weller’s debate-night tweet", "Ann Weller’s debate-night tweet", "Ann Weller")),
        (
            f'Ann Weller’s debate-night tweet last month had it right: "{_ALEPPO}."',
            "On trade",
            ("Weller’s debate-night tweet", "Ann Weller’s debate-night tweet", "Ann Weller"),
        ),
        (
            'Ann Weller’s year-end statement said the plan "was the best deal this town has ever seen."',
            "was the best",
            ("Ann Weller’s year-end statement", "Ann Weller"),
        ),
        # negative: a person, not a document
        ('Ann Weller’s long-time friend said the plan "was the best deal this town has ever seen."', "was the best", "Ann Weller’s long-time friend"),
    ],
)

_BAD = "I just feel really bad about the whole thing"

ASKED_DESCRIBED = cases(
    "pronouns and role nouns",
    [
        (f'The reporter asked a young nurse how she had been feeling after the attack. "{_BAD}," she said.', "I just feel", "a young nurse"),
        (
            f'I asked a young friend of mine, a woman in her 20s, how she had been feeling after the attack. "{_BAD}," she said.',
            "I just feel",
            ("a young friend", "a young friend of mine"),
        ),
        (f'I asked my neighbor how she had been feeling after the attack. "{_BAD}," she said.', "I just feel", "my neighbor"),
        # negatives: the asker named in the tail; a name asked
        (f'Ann Weller asked a young nurse how the patients were doing. "{_BAD}," Weller said.', "I just feel", "Ann Weller"),
        (f'I asked Ann Weller how she had been feeling after the attack. "{_BAD}," she said.', "I just feel", "Ann Weller"),
    ],
)

HANDLE_NOT_A_HEADING = cases(
    "organisations, documents and groups",
    [
        (
            "Ann Weller turned to national service on Friday.\n\nThe next Weller tweet borrowed a favorite word of her rival.\n\n"
            '"There are hundreds of thousands more @AmeriCorps applications than spots. Horrible!" it read. '
            '"Let\'s expand it from 75,000 annual members to 250,000."',
            "There are hundreds",
            ("the next Weller tweet", "Ann Weller"),
        ),
    ],
)

_FUND = "The fund has been around since the late 1980s, and on paper it looks like what a lot of rich people have"

CONTEXT_PROVIDED = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            f'The board met on Monday to discuss the plan.\n\nIn an interview with a radio host on Sunday, city reporter Ann Weller provided context.\n\n"{_FUND}."',
            "The fund has",
            "Ann Weller",
        ),
        # negatives: a thing provided; context from someone else
        (f'The board met on Monday to discuss the plan.\n\nAnn Weller provided a car for the trip.\n\n"{_FUND}."', "The fund has", None),
        (f'The board met on Monday to discuss the plan.\n\nAnn Weller provided context from her daughter.\n\n"{_FUND}."', "The fund has", None),
    ],
)

_REPEAL = "would take up the repeal of the law"

TITLED_PAIR = cases(
    "organisations, documents and groups",
    [
        (f'House Speaker Tom Kell and Senate leader Dan Pike issued a brief statement Monday, saying they "{_REPEAL}."', "would take up", "Tom Kell and Dan Pike"),
        (f'Speaker Tom Kell and Senate leader Dan Pike said they "{_REPEAL}."', "would take up", "Tom Kell and Dan Pike"),
        # negative: a show's name with "and" before its star
        (f'Only Fools and Horses star Dan Pike said he "{_REPEAL}."', "would take up", "Dan Pike"),
    ],
)

_KID = "comeback kid of the whole state"

CONCESSIVE_BY_DOING = cases(
    "clause frames around the speaker",
    [
        (f'Sen. Tom Kell of Maine won the primary here, although Ann Roe won the spin by declaring herself the "{_KID}."', "comeback kid", "Ann Roe"),
        (
            f'The state rewards its neighbors (Sen. Tom Kell of Maine won the primary here, although Ann Roe won the spin by declaring herself the "{_KID}").',
            "comeback kid",
            "Ann Roe",
        ),
        # negatives: the participle set off by a comma after the concessive clause; "but"
        (
            'The publisher dropped the book, although Owen Pryce was among those questioning it, writing: "this was never the book we signed up for."',
            "this was never",
            None,
        ),
        (f'Tom Kell won the primary, but Ann Roe won the spin by declaring herself the "{_KID}."', "comeback kid", "Ann Roe"),
    ],
)

_WAR = "He was a retired school principal and had fought in the war"

ROLE_AND_NAME_AFTER_TAIL = cases(
    "titles and abbreviations",
    [
        (f'"{_WAR}," said his son, retired District Court Judge Tom Kell Jr. "So our family is very upset."', "He was a retired", ("Tom Kell Jr", "Tom Kell Jr.")),
        (f'"{_WAR}," said his son, retired judge Tom Kell.', "He was a retired", "Tom Kell"),
        (f'"{_WAR}," said his daughter, former state senator Ann Roe.', "He was a retired", "Ann Roe"),
        # negatives: a preposition before the name; a bare name apposed, read so already
        (f'"{_WAR}," said his son, with wife Ann Roe.', "He was a retired", "his son"),
        (f'"{_WAR}," said his son, Tom Kell Jr.', "He was a retired", ("Tom Kell Jr", "Tom Kell Jr.")),
    ],
)

_BREW = "a very, very dangerous brew for the country"

LOWER_RANK_TITLE = cases(
    "titles and abbreviations",
    [
        (f'Vice President Kell said that the plan was serving up "{_BREW}."', "a very, very", "Kell", "person"),
        (f'Deputy Mayor Kell said that the plan was serving up "{_BREW}."', "a very, very", "Kell", "person"),
        # negatives: a one-word name with no title is taken for a body; a plain title, read so already
        (f'Kell said that the plan was serving up "{_BREW}."', "a very, very", "Kell", "organisation"),
        (f'President Kell said that the plan was serving up "{_BREW}."', "a very, very", "Kell", "person"),
    ],
)

TUNEC36_CASES = (
    CLEFT_AFTER_OPENING
    + WRITER_IS_NO_ONE
    + DETERMINER_OPENING
    + MISSION_IN_RELATIVE
    + SCENE_ENDING_IN_SAID
    + FRONTED_SAYS
    + JUDGED_CALL
    + ASIDE_IN_BRACKETS
    + AS_SOURCE_APPOSED
    + HYPHENED_DOCUMENT
    + ASKED_DESCRIBED
    + HANDLE_NOT_A_HEADING
    + CONTEXT_PROVIDED
    + TITLED_PAIR
    + CONCESSIVE_BY_DOING
    + ROLE_AND_NAME_AFTER_TAIL
    + LOWER_RANK_TITLE
)
