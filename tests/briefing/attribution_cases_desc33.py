"""Attribution cases of session 33 (helper desc33): descriptions (people by role, groups, bodies,
documents) as the subject right before a quote of five words or more, one sentence, speaker
first. A grid of description heads crossed with frames found these shapes left with no speaker or
with a wrong one.

* A possessive chain whose head is a role our person nouns lacked ("The ad's narrator asks
  viewers to “…”", "an announcer", "the moderator"): "asks" after an owned noun that is no known
  speaker was read as a noun ("the union's asks"), so nobody spoke.
* A description with a complement ("one of the aides", "a person close to the campaign", "people
  familiar with the talks", "the former secretary of state") before an auxiliary or an adverb
  ("has said", "later said", "often says", "had warned") gave "one" (no one), the phrase with the
  auxiliary in it ("a person close to the campaign has"), or the head alone ("members"): the
  readers of a complement took the phrase whole before the plain reading dropped the adverbs.
* "calls for" after a subject that has a prepositional complement ("A spokesman for the governor
  calls for “…”") was read as the noun "calls" inside a preposition's phrase ("rolled his eyes at
  the calls for “…”"), whose speakers no one names.
* A hedged count of people opening the sentence ("At least one delegate", "More than a dozen
  delegates", "Nearly 20 lawmakers", "About 20 lawmakers") was read as an opening phrase ("At
  least" as "At the rally") or "About" as a name: nobody, or a wrong name.
* Texts on display in the bare plural ("Signs read “…”", "T-shirts proclaimed “…”") were read
  as a one-word name opening the sentence, and dropped.
* A text someone put out, with a relative clause whose verb the quote completes ("The senator's
  office released his schedule, which included “…”", "The campaign released an ad that promises
  “…”"), gave no one: as "X issued a statement saying “…”" is X's, the text is its releaser's.
* A body with a participle's phrase ("A group supporting Kell said “…”", "A super PAC backing
  Ann Weller said") gave the participle's object, a WRONG NAME: only a person's noun ended its
  phrase before the participle. "the super PAC" was the name "PAC". Not after a plural of
  people, nor before "including": "Critics including Sen. Ann Weller said" may be the senator's.
  The body, now read, must not take a participle after a message from someone: "The firm denied
  that its director got a text message from Ann Weller saying “…”" is the sender's.
* A possessive before a crowd's or an ad's words and a colon ("The crowd's chant: “…”", "The
  ad's tagline: “…”", "Ann Weller's rallying cry:") named no one: those nouns were not among
  the nouns of someone's words that an owner introduces.
* A subject the reader back from the verb cut short ("One of the aides took to Twitter to say
  “…”" -> "one"; "A spokesman for the governor took to Twitter to say" -> "a spokesman") is the
  sentence's opening phrase when that only adds a complement after a preposition.

Negatives: a video showing someone mocking words, a bill critics dubbed, a book's title and a
committee told something stay no one's or the teller's; the calls a senator rolled his eyes at and
the calls protesters ignored stay no one's; a hedged time ("About 20 minutes later, Ann Weller
said") keeps the name after it; a clause before displayed texts ("Many wore T-shirts that said",
"Protesters carried signs that read") gives no one; a text cited by a text ("The report cited a
study that found") is the cited text's; a nominee "to head" an agency is the nominee. Invented
names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_TOWN = "we will not give up on this town whatever happens"
_DOCTOR = "imagine a country where every family can afford to see a doctor"
_WASTE = "an end to the waste of money in this state"

UNLISTED_ROLES = cases(
    "pronouns and role nouns",
    [
        (f'The ad\'s narrator asks viewers to "{_DOCTOR}."', "imagine a country", "the ad's narrator"),
        (f'The ad\'s narrator intones, "{_TOWN}."', "we will not give up", "the ad's narrator"),
        (f'The spot\'s announcer declares "{_TOWN}."', "we will not give up", "the spot's announcer"),
        (f'The debate\'s moderator asks "{_TOWN}?"', "we will not give up", "the debate's moderator"),
        # negatives: the video only shows the one who says the words (mocking them, maybe someone
        # else's); a committee told; a title; words dubbed
        (f'The video shows Tom Kell mocking "{_TOWN}."', "we will not give up", (None, "Tom Kell")),
        (f'Tom Kell told the committee "{_TOWN}."', "we will not give up", "Tom Kell"),
        (f'Critics mocked the bill, which they have dubbed "{_TOWN}."', "we will not give up", ("critics", "Critics", None)),
        (f'The book\'s title, "{_TOWN}," was chosen by the publisher.', "we will not give up", None),
    ],
)

COMPLEMENT_BEFORE_AUXILIARY = cases(
    "organisations, documents and groups",
    [
        (f'One of the aides has said "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'One of the aides later said "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'One of the aides would only say "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'A person close to the campaign has said "{_TOWN}."', "we will not give up", "a person close to the campaign"),
        (f'People familiar with the talks have often said "{_TOWN}."', "we will not give up", "people familiar with the talks"),
        (f'Members of the group had warned "{_TOWN}."', "we will not give up", "members of the group"),
        (f'The former secretary of state often says "{_TOWN}."', "we will not give up", "the former secretary of state"),
        (f'The head of the union also said "{_TOWN}."', "we will not give up", "the head of the union"),
        # the plain shapes stay as they were; a name ending the complement is not the speaker
        (f'One of the aides said "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'A close associate of former oil boss Lev Marin has told a court the charges are "{_TOWN}."', "we will not give up",
         "a close associate"),
        ('Many of those questioned said they liked the "cosiness of a call made from the kitchen".', "cosiness", (None, "many of those questioned")),
        (f'The campaign\'s spokeswoman has said "{_TOWN}."', "we will not give up", "the campaign's spokeswoman"),
    ],
)

CALLS_FOR_AFTER_COMPLEMENT = cases(
    "speech verbs in every form",
    [
        (f'A spokesman for the governor calls for "{_WASTE}."', "an end to the waste", "a spokesman for the governor"),
        (f'A person close to the campaign calls for "{_WASTE}."', "an end to the waste", "a person close to the campaign"),
        (f'An aide to the senator calls for "{_WASTE}."', "an end to the waste", ("an aide", "an aide to the senator")),
        (f'Members of the group call for "{_WASTE}."', "an end to the waste", "members of the group"),
        # negatives: the noun "calls" inside a phrase or after a verb turning it away
        (f'The senator rolled his eyes at the calls for "{_WASTE}."', "an end to the waste", None),
        (f'Protesters at the rally ignored calls for "{_WASTE}."', "an end to the waste", None),
    ],
)

HEDGED_COUNTS = cases(
    "organisations, documents and groups",
    [
        (f'At least one delegate said "{_TOWN}."', "we will not give up", "at least one delegate"),
        (f'At least two delegates told reporters "{_TOWN}."', "we will not give up", "at least two delegates"),
        (f'More than a dozen delegates said "{_TOWN}."', "we will not give up", "more than a dozen delegates"),
        (f'Nearly 20 lawmakers wrote "{_TOWN}."', "we will not give up", "nearly 20 lawmakers"),
        (f'About 20 lawmakers said "{_TOWN}."', "we will not give up", "about 20 lawmakers"),
        (f'At least one delegate, in a statement, said "{_TOWN}."', "we will not give up", "at least one delegate"),
        (f'At least one delegate was blunt: "{_TOWN}."', "we will not give up", "at least one delegate"),
        (f'At least one delegate has said "{_TOWN}."', "we will not give up", "at least one delegate"),
        # negatives: a hedged time or a hedge of no count before the subject
        (f'About 20 minutes later, Ann Weller said "{_TOWN}."', "we will not give up", "Ann Weller"),
        (f'Nearly two years later, the mayor said "{_TOWN}."', "we will not give up", "the mayor"),
        (f'At least in public, the mayor said "{_TOWN}."', "we will not give up", "the mayor"),
    ],
)

DISPLAYED_PLURALS = cases(
    "organisations, documents and it",
    [
        (f'Signs read "{_TOWN}."', "we will not give up", "signs"),
        (f'T-shirts proclaimed "{_TOWN}."', "we will not give up", "T-shirts"),
        (f'Banners said "{_TOWN}."', "we will not give up", "banners"),
        (f'Homemade signs said "{_TOWN}."', "we will not give up", "homemade signs"),
        # negatives: a clause before the texts
        (f'Many wore T-shirts that said "{_TOWN}."', "we will not give up", None),
        (f'Protesters carried signs that read "{_TOWN}."', "we will not give up", (None, "protesters")),
    ],
)

ISSUED_TEXTS = cases(
    "organisations, documents and it",
    [
        (f'The senator\'s office released his schedule, which included "{_TOWN}."', "we will not give up", "the senator's office"),
        (f'The campaign released an ad that promises "{_TOWN}."', "we will not give up", "the campaign"),
        (f'The campaign released an ad which included "{_TOWN}."', "we will not give up", "the campaign"),
        (f'The union sent a letter which contained "{_TOWN}."', "we will not give up", "the union"),
        (f'Ann Weller posted a video that includes "{_TOWN}."', "we will not give up", "Ann Weller"),
        # negatives: a text cited by a text is the cited one's; the texts a crowd carried
        (f'The report cited a study that found "{_TOWN}."', "we will not give up", "a study"),
        (f'The campaign released a video in which Tom Kell says "{_TOWN}."', "we will not give up", "Tom Kell"),
    ],
)

BODIES_WITH_PARTICIPLES = cases(
    "when unsure, say less",
    [
        (f'A group supporting Tom Kell said "{_TOWN}."', "we will not give up", "a group"),
        (f'A super PAC backing Ann Weller said "{_TOWN}."', "we will not give up", "a super PAC"),
        (f'The committee investigating Tom Kell wrote "{_TOWN}."', "we will not give up", "the committee"),
        (f'A firm representing Ann Weller said "{_TOWN}."', "we will not give up", "a firm"),
        (f'The pro-Weller super PAC said "{_TOWN}."', "we will not give up", "the pro-Weller super PAC"),
        (f'The Democratic super PAC said "{_TOWN}."', "we will not give up", "the Democratic super PAC"),
        (f'The super PAC said "{_TOWN}."', "we will not give up", "the super PAC"),
        # a message's sender says what the message says, not the verb's subject before it
        (f'The firm denied that its director got a text message from adviser Ann Weller saying the deal was "{_TOWN}."',
         "we will not give up", "Ann Weller"),
        (f'Tom Kell received an email from Ann Weller saying "{_TOWN}."', "we will not give up", "Ann Weller"),
        # negative: a figurative message from a place; the participle is the subject's
        (f'Ann Weller summed up the message from Ohio on Tuesday warning Tom Kell, "{_TOWN}."', "we will not give up", "Ann Weller"),
        # the person's noun keeps its reading; a member or an example named after "including" may
        # be the speaker, as before
        (f'A lawyer representing Ann Weller said "{_TOWN}."', "we will not give up", "a lawyer"),
        (f'Critics including Sen. Ann Weller said "{_TOWN}."', "we will not give up", "Ann Weller"),
        (f'A coalition including Ann Weller said "{_TOWN}."', "we will not give up", ("Ann Weller", None)),
    ],
)

SUBJECT_CUT_SHORT = cases(
    "clause frames around the speaker",
    [
        (f'One of the aides took to Twitter to say "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'One of the aides had this to say: "{_TOWN}."', "we will not give up", "one of the aides"),
        (f'A spokesman for the governor took to Twitter to say "{_TOWN}."', "we will not give up", "a spokesman for the governor"),
        (f'The former secretary of state took to Twitter to say "{_TOWN}."', "we will not give up", "the former secretary of state"),
        (f'People familiar with the talks went further, saying "{_TOWN}."', "we will not give up", "people familiar with the talks"),
        # negative: "to head" is a verb, no complement of the nominee
        (f'The mayor\'s nominee to head the agency told senators "{_TOWN}."', "we will not give up", "the mayor's nominee"),
    ],
)

OWNED_CROWD_WORDS = cases(
    "organisations, documents and it",
    [
        (f'The ad\'s tagline: "{_TOWN}."', "we will not give up", "the ad"),
        (f'The crowd\'s chant: "{_TOWN}."', "we will not give up", "the crowd"),
        (f'The crowd\'s chant was deafening: "{_TOWN}."', "we will not give up", "the crowd"),
        (f'Ann Weller\'s rallying cry: "{_TOWN}."', "we will not give up", "Ann Weller"),
        # negative: the owner is a preposition's or a verb's object, the clause's subject only mocked it
        (f'They mocked the campaign\'s tagline: "{_TOWN}."', "we will not give up", None),
    ],
)

DESC33_CASES = (
    UNLISTED_ROLES
    + COMPLEMENT_BEFORE_AUXILIARY
    + CALLS_FOR_AFTER_COMPLEMENT
    + HEDGED_COUNTS
    + DISPLAYED_PLURALS
    + ISSUED_TEXTS
    + BODIES_WITH_PARTICIPLES
    + SUBJECT_CUT_SHORT
    + OWNED_CROWD_WORDS
)
