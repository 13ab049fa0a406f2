"""Attribution cases of session 36 (helper tuneA36): speakers wrong or missing in the readable
tuning half of a new pool of 2015–16 US political news, each read as a pattern.

* An agent's compound adjective written without its hyphen ("the state controlled newspaper
  wrote", "the Labour party controlled paper", "a family owned firm said") took its participle for
  the clause's verb: the phrase had no head, so a quote before it got the speaker of a headline
  above ("…, Smith urges Jones"), and the next quote's reader cut the phrase to "the state". A
  determiner and one or two nouns before "controlled", "owned", "backed", "funded" … with a noun
  after it are one noun phrase. Negatives: the participle before a determiner or a pronoun is the
  verb of a clause ("the state controlled the press"), and a verb of no such compound is read as
  before.
* A sentence opening on a sentence adverb after a degree word ("More broadly, Kell, who …,
  predicted that …", "Even more importantly, …") read "More" as the surname of the subject; only a
  lone adverb ("Similarly,") was known to be no one. Negative: a real name "Thomas More".
* A quote governed by a verb of finding in a clause set off after a speech verb by a concession
  or contrast ("…, he writes — despite the fact that the Daily Ledger, in a survey, found that
  “…”", "Kell mocks them, although a survey by the institute found that “…”") went to the speech
  verb's subject: his words, the writer has him say. The concession opens a clause with a
  subject of its own; the finding is the document's or the body's. Negatives: a document verb
  inside the speech verb's own complement ("He wrote that the emails show “…”") stays his; a
  finding with an object of its own ("although the report found flaws, “…”") gives the quote to
  no finding.
* A relative "which" after a comma, right after a body named or described ("was published by
  the Daily Herald, which reports: “…”", "praised the union, which said the deal was “…”"), went
  to the main clause's subject (the memo) or to no one. "Which" stands for the body before it.
  Negatives: "which" after a document someone read stays the document's; "who" after a person
  is read as before.
* A question narrated without a person asked ("Lisa Marsh also asked about the visit.") before
  "“…,” she said" gave the words to the asker, the subject the pronoun found: one does not answer
  one's own question, so the answer is the one quoted last when the pronoun may be theirs, else no
  one's. Negatives: a quoted question is the asker's follow-up; a passive ("Roe was asked
  about …") makes the subject the one who answers; an asker inside a clause about someone else
  ("… when a voter asked if she would run") is no subject of the sentence.
* A sentence opening on a demonstrative and a noun of a person ("This writer has taken it upon
  himself …") had no subject read ("this" opens "This week, …" too), so a "he" after it went to a
  man named in a clause set off inside it ("Since June, when Tom Kell announced his campaign,
  this writer …"). Negatives: a demonstrative before a noun of time.

* A passive "is called into question" before the quote ("Ann Roe blasted the mayor, saying the
  integrity of the vote is called into question “when …”") read "called" as a naming verb whose
  quote is the name given, with no one to give it: the idiom is doubting, no naming; the
  participle before it reports. Negative: a passive naming verb ("Ann Roe said the plan is called
  “…”") stays no one's.
* A bare copula between a subject and a quote that is a noun phrase ("Kell isn't “an old man
  the way my grandfather was”", "Kell is “a fine man who …”") gave the words to the subject: a
  noun phrase predicated of someone describes him; the sentence does not say whose description it
  is. Negatives: an adjective phrase ("Kell seems “more tired …”") and a verb of a view ("Kell
  supports “…”") stay as they were.
* A passive of "is how … put it" with its agent ("“…,” is how the findings were described to me
  by Ann Roe, the director") gave no one; the agent put it so, as in the active "is how Ann Roe
  described it". Negative: an agent that is a text's place ("were described in the report").
* A text's course verb inverted after the quote ("“…,” began an editorial in the Herald",
  "concludes the report") gave no one: "began" is no speech verb, but with a text as its subject
  it reads the text's words as "read" does. Negative: "began the mayor" is left to the speech
  verbs.

* A work's title quoted inside a quote's attribution ("“…,” said Ann Roe, author of a book called
  “Crooked Town.” “Why …?”") stood between her quote and the next as a turn of its own, with no
  speaker, so the next quote went on with no one's. A title named by "called", "titled" or
  "entitled" in the tail is read inside the attribution, as a name on a pin already was, and the
  quote after it goes on with the speaker's turn. Negative: a description quoted after "called"
  ("who called the mayor “a liar and a cheat.”") is no title and is read as before.
* A possessive introduction whose topic holds a quoted word ("And his infamous remarks about
  “lazy voters”: “…”") gave no one: the introduction was read from the quoted word on. The whole
  sentence is read, the word masked.

* An owned claim with when and where it was made between the noun and "that" ("noted Kell's
  assertion Sunday on Fox News that he doesn't read the briefing because “I'm, like, a smart
  person”", "Kell's claim last week in Ohio that") gave the words to the one who noted it: the
  claim's owner says them, as without the time and the outlet. Negatives: a verb of speaking with
  a time and an outlet after it stays its subject's; an owner pronoun there ("stood by his comment
  Monday that") is not read, whose "his" may be any man the sentence names.

* A quote that is the predicate of a bare noun and its of-phrase right after a quote attributed in
  the clause after it ("“…,” the Daily Herald wrote in an editorial. The enthusiasm of his
  supporters “should be a wake-up call …”") gave no one: only a speaker-like subject ("Biden
  “kind of misspoke”") was read as a bare subject, and "the enthusiasm" is no speaker. The words
  are the verdict of the one just quoted, as after a name. Negative: with no quote before, no one.

* A colon label after a conjunction of contrast whose quote opens on a third-person pronoun ("Kell
  isn't “….” But Ann Roe: “She's an old lady.”") was read as a round-up entry signed by Ann Roe:
  the contrast makes her the next topic of what one source said, and the words speak of her. No
  one we can name. Negatives: the same label with a first-person quote ("But Ann Roe: “I am not
  old either …”") and a plain entry label of tributes ("Ann Roe: “She was a wonderful friend …”")
  stay hers.

Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "Jones is not behaving as a leader who will take office in a month"

AGENT_COMPOUNDS = cases(
    "organisations, documents and groups",
    [
        (f"Ministers met on Monday.\n\n\u201c{_LEAD},\u201d the state controlled newspaper wrote in an editorial.", "Jones is not", "the state controlled newspaper"),
        (f"Ministers met on Monday.\n\n\u201c{_LEAD},\u201d the Labour party controlled newspaper wrote. \u201cHe has no sense of how to lead a country.\u201d", "He has no sense", "the Labour party controlled newspaper"),
        (f"Ministers met on Monday.\n\n\u201c{_LEAD},\u201d the family owned paper wrote.", "Jones is not", "the family owned paper"),
        (f"Ministers met on Monday. Keep the talks going, Smith urges Jones\n\n\u201c{_LEAD},\u201d the government backed broadcaster said in a commentary.", "Jones is not", "the government backed broadcaster"),
        # negatives: the participle is a clause's verb before a determiner; a plain noun phrase
        ("Ministers met on Monday.\n\n\u201cIt is over for the old guard in the capital,\u201d the state controlled the press, the minister said.", "It is over", "the minister"),
        (f"Ministers met on Monday.\n\n\u201c{_LEAD},\u201d the newspaper wrote.", "Jones is not", "the newspaper"),
    ],
)

_SOUL = "a long period of soul searching and quarrels over its direction"

DEGREE_ADVERB_OPENERS = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Ann Roe was there. More broadly, Kell, who is not backing any of the candidates, predicted that the party is about to enter "{_SOUL}."', "a long period", "Kell"),
        (f'Ann Roe was there. More broadly, Kell said that the party is about to enter "{_SOUL}."', "a long period", "Kell"),
        (f'Ann Roe was there. Even more importantly, Kell, a former aide, predicted that the party would enter "{_SOUL}."', "a long period", "Kell"),
        # negative: a real name More
        (f'Ann Roe was there. Thomas More, a former aide, predicted that the party would enter "{_SOUL}."', "a long period", "Thomas More"),
    ],
)

_HOBBY = "the top reported hobby of club members is gardening"

FINDING_SET_OFF = cases(
    "clause frames around the speaker",
    [
        (f'Tom Kell has a blog. "Always," he emphasizes \u2014 despite the fact that the New York Times, in a survey of members, found that "{_HOBBY}."', "the top reported", "the New York Times"),
        (f'Tom Kell has a blog. He mocks the club, although a survey by the institute found that "{_HOBBY}."', "the top reported", "a survey by the institute"),
        ('Tom Kell has a blog. Kell scoffs at the idea, while the Census Bureau, in its latest count, concluded that "the town has grown faster than any other in the state."', "the town has", "the Census Bureau"),
        # negatives: a document verb inside the speech verb's own complement; a finding with an object
        ('Tom Kell has a blog. He wrote that the emails show "a pattern of neglect that nobody in the office wanted to admit."', "a pattern of", "Tom Kell"),
        ('Tom Kell has a blog. He mocks the club, although the report found flaws, "and nobody wants to hear about the flaws at all," he added.', "and nobody wants", "Tom Kell"),
    ],
)

_RATTLED = "Although the wording of the memo is neutral, it rattled employees across the department"

BODY_WHICH = cases(
    "organisations, documents and groups",
    [
        (f'The memo was obtained and published by the New York Times, which reports:\n\n"{_RATTLED}."', "Although the wording", "the New York Times"),
        (f'The memo was obtained by the Daily Herald, which reports: "{_RATTLED}."', "Although the wording", "the Daily Herald"),
        ('Tom Kell praised the union, which said the deal was "a fair result for every worker at the plant."', "a fair result", "the union"),
        # negatives: a document read; a person and "who"
        ('Tom Kell read the memo, which says "employees must return to the office by the end of the month."', "employees must return", "the memo"),
        (f'The memo was leaked to Tom Kell, who wrote: "{_RATTLED}."', "Although the wording", "Tom Kell"),
    ],
)

_HOST = "Ann Roe sat down with the host, Lisa Marsh, for an hour.\n\n\u201cWe will be there for the next mayor,\u201d Roe told Marsh.\n\n"

UNNAMED_QUESTION = cases(
    "pronouns and role nouns",
    [
        (_HOST + "Marsh also asked about the mayor\u2019s visit to the school.\n\n\u201cIt was very pleasant,\u201d she said. \u201cIt was a wonderful visit to a great school.\u201d", "It was very pleasant", "Ann Roe"),
        (_HOST + "Marsh also asked about the mayor\u2019s visit to the school.\n\n\u201cIt was very pleasant,\u201d she said. \u201cIt was a wonderful visit to a great school.\u201d", "It was a wonderful", "Ann Roe"),
        (_HOST + "The host then asked whether the school would reopen.\n\n\u201cIt will open its doors again in the spring,\u201d she said.", "It will open", ("Ann Roe", None)),
        # negatives: a quoted question is the asker's; the one last quoted is of the other gender;
        # a passive; an asker inside a clause
        (_HOST + "Marsh also asked about the mayor\u2019s visit to the school.\n\n\u201cWas it a pleasant visit to a very fine school?\u201d she said.", "Was it a pleasant", "Lisa Marsh"),
        ("Tom Kell sat down with the host, Lisa Marsh, for an hour.\n\n\u201cWe will be there for the next mayor,\u201d Kell told Marsh.\n\nMarsh also asked about the mayor\u2019s visit to the school.\n\n\u201cIt was a very pleasant visit to a very fine school,\u201d she said.", "It was a very", None),
        ('Ann Roe spoke for an hour. "We will be there for the next mayor," Roe said.\n\nRoe was also asked about the visit to the school. "It was very pleasant indeed," she said.', "It was very pleasant", "Ann Roe"),
        ('Ann Roe caused a stir when a voter asked if she might run for mayor. "Wow, what a great idea, I love it," she replied.', "Wow, what a great", "Ann Roe"),
    ],
)

_RIDICULE = "Ridicule is the most powerful weapon we have against any of our enemies"

DEMONSTRATIVE_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        (f"The argument started last year with an older writer.\n\nSince June, when Tom Kell announced his campaign, this writer has taken it upon himself each day to tell his followers that Kell is a bad man.\n\n\u201c{_RIDICULE},\u201d he told me in the end.", "Ridicule is", "this writer"),
        (f"The argument started last year.\n\nThis reporter spent a week on the story of Tom Kell and got nowhere.\n\n\u201c{_RIDICULE},\u201d he said.", "Ridicule is", ("this reporter", None)),
        # negative: a demonstrative before a noun of time leaves the name the subject
        (f"The argument started last year.\n\nThis week Tom Kell told his followers the mayor was a bad man.\n\n\u201c{_RIDICULE},\u201d he said.", "Ridicule is", "Tom Kell"),
    ],
)

_VOTE = "when the mayor and his staff dismiss the findings of the auditors"

CALLED_INTO_QUESTION = cases(
    "speech verbs in every form",
    [
        (f'Rep. Ann Roe of Ohio, the top Democrat on the panel, also blasted the mayor, saying the integrity of the vote is called into question "{_VOTE}."', "when the mayor", "Ann Roe"),
        (f'Ann Roe also blasted the mayor, saying the integrity of the vote has been called into question "{_VOTE}."', "when the mayor", "Ann Roe"),
        # negative: a passive naming verb names no one
        ('Ann Roe said the plan is called "a tax on every family in the whole state."', "a tax on every", None),
    ],
)

_KNOWN = "Tom Kell is running for mayor. The doctor spoke at length about him.\n\n"

COPULA_NOUN_PHRASE = cases(
    "when unsure, say less",
    [
        (_KNOWN + "Kell isn't \u201can old man the way my grandfather was an old man.\u201d", "an old man", None),
        (_KNOWN + "Kell is \u201ca fine man who would never lie to anyone.\u201d", "a fine man", None),
        (_KNOWN + "Kell was not \u201cthe best candidate we have seen in a long time.\u201d", "the best candidate", None),
        # negatives: an adjective phrase after a verb of seeming; a verb of a view
        (_KNOWN + "Kell seems \u201cmore tired than he was at the start of the race.\u201d", "more tired", "Tom Kell"),
        (_KNOWN + "Kell supports \u201cpay raises for every worker in the city.\u201d", "pay raises", "Tom Kell"),
    ],
)

_WORRIED = "People are much more worried than they are angry"

HOW_PUT_BY = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'"{_WORRIED}," is how the findings were described to me by Ann Roe, the director of the group.', "People are much", "Ann Roe"),
        (f'"{_WORRIED}," was how the mood was summed up by a senior aide.', "People are much", "a senior aide"),
        # negatives: the active (as before); a text's place after "in"
        (f'"{_WORRIED}," is how Ann Roe described the findings.', "People are much", "Ann Roe"),
        (f'"{_WORRIED}," is how the findings were described in the report.', "People are much", None),
    ],
)

_SCHOOLS = "It is accepted by almost everyone that the town has a problem with its schools"

TEXT_COURSE = cases(
    "organisations, documents and groups",
    [
        (f'"{_SCHOOLS}," began an editorial that appeared last week in the Daily Herald.', "It is accepted", "an editorial"),
        (f'"{_SCHOOLS}," concludes the report.', "It is accepted", "the report"),
        # negative: a person beginning is left to the speech verbs
        ('"We will win this seat back in the autumn election," began the mayor, to loud cheers.', "We will win", None),
    ],
)

_CROOK = "The mayor was friends with a man who everyone in town knew was a crook"

TITLE_IN_ATTRIBUTION = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f'\u201c{_CROOK},\u201d said Ann Roe, of the Riverside Watch group, and author of a book on the case called "Crooked Town." \u201cWhy would a mayor keep a friend like that?\u201d', "Why would a mayor", "Ann Roe"),
        (f'\u201c{_CROOK},\u201d said Ann Roe, author of a book titled "TownKing." \u201cWhy would a mayor keep a friend like that?\u201d', "Why would a mayor", "Ann Roe"),
        # negatives: the title itself is no one's words; a quoted description after "called"
        (f'\u201c{_CROOK},\u201d said Ann Roe, author of a book on the case called "Crooked Town." \u201cWhy would a mayor keep a friend like that?\u201d', "Crooked Town", None),
        ('"We will not stop until the plant is closed for good," Bill Eastland, wearing a "Ted Cruz" pin, said. "This town deserves better than that."', "This town deserves", "Bill Eastland"),
    ],
)

_WORRY = "My job is not to worry about those people, they will never vote for me anyway"

QUOTED_WORD_IN_INTRODUCTION = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'Tom Kell ran for governor in 2012 and lost. He had a dozen missteps.\n\nAnd his infamous remarks about "lazy voters" in the state: "{_WORRY}."', "My job is not", "Tom Kell"),
        (f'Tom Kell ran for governor in 2012 and lost. He had a dozen missteps.\n\nAnd his infamous remarks about "lazy voters": "{_WORRY}."', "My job is not", "Tom Kell"),
        # negative: the quoted word alone is no one's
        (f'Tom Kell ran for governor in 2012 and lost. He had a dozen missteps.\n\nAnd his infamous remarks about "lazy voters" in the state: "{_WORRY}."', "lazy voters", None),
    ],
)

_SMART = "I'm, like, a very smart person"

CLAIM_WITH_TIME_AND_PLACE = cases(
    "clause frames around the speaker",
    [
        (f'Tom Kell spoke on Sunday. A former senior official also noted Kell\'s assertion Sunday on Fox News that he doesn\'t always read the daily briefing because "{_SMART}."', "I'm, like", "Tom Kell"),
        (f'Tom Kell spoke on Sunday. A former senior official also noted Kell\'s assertion Sunday on Fox News that he doesn\'t always take the briefing \u2014 the top-secret one on security \u2014 because "{_SMART}."', "I'm, like", "Tom Kell"),
        ('Tom Kell spoke on Sunday. Ann Roe rejected Kell\'s claim last week in Ohio that the plant was "the safest in the whole state by a mile."', "the safest in", "Tom Kell"),
        # negatives: the subject's own verb of speaking with a time and an outlet; an owner
        # pronoun in a sentence naming two people of its gender is no one's for sure
        ('Tom Kell spoke on Sunday. Ann Roe spoke on Sunday on Fox News about "the safest plant in the whole state by a mile."', "the safest plant", "Ann Roe"),
        ('Things look dire for Tom Kell.\n\nAs the debate went on and Ben Marsh stood by his comment Monday that "taxes are always a theft from every worker," Kell again tried to rebuke him.', "taxes are always", (None, "Ben Marsh")),
    ],
)

_RACE = "Kell's presence has made this a far more serious race"

NOUN_OF_PHRASE_PREDICATE = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'"{_RACE}," the Daily Herald wrote in an editorial on Wednesday calling on Kell to stay in the race. The enthusiasm of his supporters "should be a wake-up call to leaders of both parties."', "should be a wake-up", "the Daily Herald"),
        (f'"{_RACE}," Ann Roe said. The cost of the plan "will be borne by every family in the state for years."', "will be borne", "Ann Roe"),
        # negative: no quote before it
        ('The council met on Monday. The cost of the plan "will be borne by every family in the state for years."', "will be borne", None),
    ],
)

CONTRAST_TOPIC_LABEL = cases(
    "when unsure, say less",
    [
        ("The doctor spoke at length. Kell is not old at all. But Ann Roe: \u201cShe is an old lady. She is an old lady. Funny, is it not?\u201d", "She is an old lady", None),
        ("The doctor spoke at length. Kell is not old at all. Yet Tom Reyes: \u201cHe is the oldest man I have ever treated in my life.\u201d", "He is the oldest", None),
        # negatives: a first-person quote; a plain label of a tribute
        ("The doctor spoke at length. Kell is not old at all. But Ann Roe: \u201cI am not old either, and nobody should say so.\u201d", "I am not old", "Ann Roe"),
        ("Tributes poured in.\n\nAnn Roe: \u201cShe was a wonderful friend to everyone in this town.\u201d", "She was a wonderful", "Ann Roe"),
    ],
)

TUNEA36_CASES = CONTRAST_TOPIC_LABEL + NOUN_OF_PHRASE_PREDICATE + CLAIM_WITH_TIME_AND_PLACE + TITLE_IN_ATTRIBUTION + QUOTED_WORD_IN_INTRODUCTION + CALLED_INTO_QUESTION + COPULA_NOUN_PHRASE + HOW_PUT_BY + TEXT_COURSE + AGENT_COMPOUNDS + DEGREE_ADVERB_OPENERS + FINDING_SET_OFF + BODY_WHICH + UNNAMED_QUESTION + DEMONSTRATIVE_SUBJECTS
