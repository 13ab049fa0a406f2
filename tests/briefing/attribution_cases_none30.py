"""Attribution cases of session 30 (helper none30): quotes whose speaker the text establishes but
our rules left with no speaker, read on the Reuters, BBC (tuning half), CNN/DailyMail and web
pools.

* A role's holder named in apposition after an owner ("Dan Pike's lawyer, Tom Reyes, said the
  singer was pleased") and a "he" after the next quote that speaks of the owner ("“He looks
  forward to …,” he said") gave nobody: the owner, a person of the same gender written before
  the subject, made the pronoun either man's ("Dan Pike's father, Tom, ran the diner. “He never
  took a day off,” he said" may be either). When the subject reported words in the sentence just
  before, the quote goes on with that turn: the one the text just had speak.
* A passive naming verb whose "by" is followed by nothing but the quote, inside what a speaker
  said ("Fox had said the rule had been characterised by “…”"), gave nobody: the naming verb was
  taken for the cue, with the quote as its agent. The quote is what the thing is named by; the
  verb before reports it.
* An impersonal frame inside a reported clause ("Ms Milani said it was difficult to say how …",
  "the company said it was too early to tell") made the frame's verb the cue, whose subject was
  read as the sentence's first one ("Phones could drive upgrades, but …" -> "Phones", no proper
  name, so nobody; "Sales may pick up, but …" -> "Sales", a wrong name). The verb before the
  frame reports.
  The same two-clause sentence whose second clause reports with no frame ("…, but Ann Weller
  said she had the last word.") was already read so; it stays here beside them.

* A sentence opening on a person's words owned ("Ms Brill's comments on the radio revealed
  tensions") left its owner a referent only inside that sentence: our subject reader leaves "Ms
  Brill's comments" unread ("comments" is a verb's form too), as it does an owner before a copula
  ("Kell's answer is simple"), which the tuning split prefers to pass over. Before a verb that is
  no copula the sentence is about the owner, as with any other owned subject ("Dan Okoro's
  campaign has struggled"), so a "she" after it, past an owned role of hers ("Her doctor said
  …"), is the owner's.
* A possessive "her" or "his" before the quote in its own sentence, whose person is an object
  there ("The union will not back Gov. Ann Weller after her comment that “…”"), found no referent
  among the subjects before. The one person of that gender the sentence names (the text or a title
  and a given name telling the gender) is the owner, when no one else named in the sentence may be.
  A date between the possessive and its noun ("her March comment that", "his Tuesday remarks
  that") or a comma after "that" ("her comment that, “…”") also hid the owned words.

* A paragraph that opens on a quote standing as a sentence and runs on into narration ("“The
  committee believes …” At present judges can reduce the tariff …"), after a paragraph reporting a
  named person's words ("Committee chairman John Denby said alcohol was an excuse."), gave nobody:
  the previous paragraph's speaker was read only for a paragraph of nothing but quotes. Wire and
  BBC copy run paragraphs together; when the first sentence after the quote has no speech verb, no
  quote and no name, the quote is still the one introduced before.

* A sentence opening on the channel of the words without its comma ("In a statement Google said
  the feature was in beta") had no subject read (the opening phrase ran into the name), so the
  body was no referent for an "it" after it ("It said: “…”"), which found none close enough. The
  channel phrase closes before the subject as a time phrase does ("On Monday Google said"). So
  does a book or an article owned or not ("In Ann Roe's book Mr Brown is alleged to have told the
  prime minister: “…”"), where a reporting passive after the subject was read from nothing.

* A plural title abbreviation ("Govs. Jed Bush and Chris Christo", "Drs.", "Gens.", "Sgts.", and
  "Pfc.", "Asst.") ended a
  sentence at its period, where "Sens." and "Reps." did not: the names after it became the subject
  of a sentence of their own, two men, so a "he" after them was either's, not the subject the
  sentence was about ("Senator Mark Rubin has refrained from attacking his rivals, particularly
  Govs. …").

* A date or a clock time opening a sentence without its comma ("On Aug. 5 Tom Kell praised the
  deal", "At 10 a.m. Tom Kell …") left the sentence with no subject read, so a "he" after it
  found no one; "On Tuesday" and "In October" were read already.

Negatives: with no speech verb in the subject's sentence ("Tom Pike ran the diner"), with a
sentence between, or when the subject did not speak ("was pleased"), the pronoun stays either's;
a passive naming verb with an agent ("described by Tom Reyes as “…”") is the agent's, and one with
no earlier verb names nobody; a frame opening the writer's own clause ("but it is too early to
tell") names nobody; two clauses with no speech verb, or a speech verb in each, keep their
readings; a channel phrase followed by a copula ("In its statement was a promise") gives no subject;
a quote followed by a sentence naming someone ("That was the view of Ann Roe.") or with a
speech verb ("So says the report.") keeps that reading; owned words before a copula ("Ms Brill's comments were brief") leave the person
spoken of before in place; a possessive after a quote in the sentence, a second person of
unknown gender named there, or a person of no known gender leave the pronoun to no one.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_MOVE_ON = "He looks forward to moving on with his life"
_DAY_OFF = "He never took a day off in forty years"

TURN_OVER_OWNER = cases(
    "pronouns and role nouns",
    [
        (f'Dan Pike\'s lawyer, Tom Reyes, said the singer was pleased with the ruling. "{_MOVE_ON}," he said.', "He looks forward", "Tom Reyes"),
        (f'Dan Pike\'s lawyer, Tom Reyes, has said the singer was pleased. "{_MOVE_ON}," he said.', "He looks forward", "Tom Reyes"),
        (f'Dan Pike\'s lawyer, Tom Reyes, said on Monday that the singer was pleased. "{_MOVE_ON}," he said.', "He looks forward", "Tom Reyes"),
        (f'Dan Pike\'s father, Tom Pike, told reporters the diner was his life. "{_DAY_OFF}," he said.', "He never took", "Tom Pike"),
        (f'Tom Reyes, Dan Pike\'s lawyer, said the singer was pleased. "{_MOVE_ON}," he said.', "He looks forward", "Tom Reyes"),
        # negatives: no speech verb of the subject's; a sentence between; the subject did not speak
        (f'Dan Pike\'s father, Tom Pike, ran the diner for years. "{_DAY_OFF}," he said.', "He never took", None),
        (f'Dan Pike\'s lawyer, Tom Reyes, said the singer was pleased. The hearing lasted an hour. "{_MOVE_ON}," he said.', "He looks forward", None),
        (f'Dan Pike\'s lawyer, Tom Reyes, was pleased with the ruling. "{_MOVE_ON}," he said.', "He looks forward", None),
    ],
)

_TRUST = "lost trust and failure to deliver on promises"

NAMED_BY_THE_QUOTE = cases(
    "speech verbs in every form",
    [
        (f'Earlier, Liam Voss had said the government\'s rule had been characterised by "{_TRUST}".', "lost trust", "Liam Voss"),
        (f'Liam Voss said the rule was characterised by "{_TRUST}".', "lost trust", "Liam Voss"),
        (f'Ana Ruiz told the rally that the decade had been described by "{_TRUST}".', "lost trust", "Ana Ruiz"),
        # negatives: an agent named; no earlier verb; the agent a speaker's description
        (f'Ann Weller said the firm was described by Tom Reyes as "{_TRUST}".', "lost trust", "Tom Reyes"),
        (f'The rule has been characterised by "{_TRUST}".', "lost trust", None),
        (f'Liam Voss said the rule was described by critics as "{_TRUST}".', "lost trust", "critics"),
    ],
)

_CAMERAS = "At the end of the day, people have cameras on their phones already"
_TOWN = "We will not give up on this town, whatever the figures say"

FRAME_INSIDE_REPORT = cases(
    "clause frames around the speaker",
    [
        (f'Phones could drive upgrades, but Ms Milani said it was difficult to say how quickly that would happen. "{_CAMERAS}."',
         "At the end of the day", "Milani"),
        (f'Sales may pick up, but the company said it was too early to tell. "{_TOWN}."', "We will not give up", "the company"),
        (f'Orders may rise, but Tom Reyes says it is hard to say when. "{_TOWN}."', "We will not give up", "Tom Reyes"),
        (f'Tom Reyes had a message for voters, but Ann Weller said she had the last word. "{_TOWN}."', "We will not give up", "Ann Weller"),
        ('Ann Weller said it was fair to say "the town has turned a corner at last".', "the town has turned", "Ann Weller"),
        # negatives: the writer's own frame; no speech verb; a speech verb in each clause
        (f'Sales may pick up, but it is too early to tell. "{_TOWN}."', "We will not give up", None),
        ('While Ann Weller has not explained the song, it is fair to say that "the old king" is her father.', "the old king", None),
        (f'Tom Reyes had a message for voters, but Ann Weller had the last word. "{_TOWN}."', "We will not give up", None),
        (f'Tom Reyes said the plan would work, but Ann Weller said it would fail. "{_TOWN}."', "We will not give up", "Ann Weller"),
    ],
)

_SICK = "I got sick and tired of people telling me how to spend money"
_COAL = "we are going to put a lot of coal miners out of business"

OWNED_WORDS_AND_OWN_SENTENCE = cases(
    "pronouns and role nouns",
    [
        (f'Dana Brill took several days off last year.\n\nHer doctor said she had pneumonia. Ms Brill\'s comments on the radio revealed '
         f'tensions with the staff.\n\n"{_SICK}," she said.', "I got sick", "Dana Brill"),
        (f'Dana Brill took several days off last year.\n\nHer doctor said she had pneumonia. Ms Brill\'s remarks about the campaign drew '
         f'anger from the staff.\n\n"{_SICK}," she said.', "I got sick", "Dana Brill"),
        (f'The union is unlikely to back Gov. Ann Weller after her comment that "{_COAL}."', "we are going", "Ann Weller"),
        (f'Nurses will not endorse Mr. Tom Kell after his remarks that "{_COAL}."', "we are going", "Tom Kell"),
        (f'The union is unlikely to back Gov. Ann Weller after her March comment that, "{_COAL}."', "we are going", "Ann Weller"),
        ('Critics mocked Mr. Tom Kell over his Tuesday remarks that "the town will double in size by the next election".',
         "the town will double", "Tom Kell"),
        ('Kell denied Sen. Ann Ames\'s claim that, "the deal was signed in secret by the council".', "the deal was signed", "Ann Ames"),
        # negatives: a copula after the owned words; another person who may be meant; a quote before;
        # a gender we do not know
        (f'Dana Brill took several days off last year.\n\nHer doctor said she had pneumonia. Ms Brill\'s comments were brief.\n\n'
         f'"{_SICK}," she said.', "I got sick", None),
        (f'The union backed Gov. Ann Weller and Pat Lee after her comment that "{_COAL}."', "we are going", None),
        (f'The union called Gov. Ann Weller "a true friend" after her comment that "{_COAL}."', "we are going", None),
        (f'The union is unlikely to back Ann Weller after her comment that "{_COAL}."', "we are going", None),
    ],
)

_ARGUMENTS = "The committee believes that these arguments should be rejected by the courts"

RUN_ON_PARAGRAPH = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'The committee met on Monday.\n\nCommittee chairman John Denby said alcohol was sometimes used as an excuse.\n\n'
         f'"{_ARGUMENTS}." At present judges, when sentencing, can reduce the tariff.', "The committee believes", "John Denby"),
        ('The mosque is supported by many people.\n\nAndy Rickard said the leaflet was exactly what he had come to expect.\n\n'
         '"The people of this city will not put up with this." The community bought the church in 1998.', "The people of this city", "Andy Rickard"),
        (f'The committee met on Monday.\n\nThe plan, said Committee chairman John Denby, was badly drafted.\n\n'
         f'"{_ARGUMENTS}!" The vote is due next week.', "The committee believes", "John Denby"),
        # negatives: a name after the quote; a speech verb after it; a question; no reporting before
        (f'The committee met on Monday.\n\nCommittee chairman John Denby said alcohol was sometimes used as an excuse.\n\n'
         f'"{_ARGUMENTS}." That was the view of Ann Roe.', "The committee believes", None),
        (f'The committee met on Monday.\n\nCommittee chairman John Denby said alcohol was sometimes used as an excuse.\n\n'
         f'"{_ARGUMENTS}." So says the report.', "The committee believes", ("the report", None)),
        ('The committee met on Monday.\n\nCommittee chairman John Denby said alcohol was sometimes used as an excuse.\n\n'
         '"Should these arguments be rejected by the courts?" At present judges can reduce the tariff.', "Should these arguments", None),
        (f'The committee met on Monday.\n\nCommittee chairman John Denby visited a prison.\n\n'
         f'"{_ARGUMENTS}." At present judges can reduce the tariff.', "The committee believes", None),
    ],
)

_BETA = "The user can choose never to click on the new button, and pages will never change"

CHANNEL_OPENER = cases(
    "organisations, documents and groups",
    [
        (f'Critics called the tool a bad idea.\n\nTwo bloggers wrote long posts about it, and one said it was a mistake that would cost users dearly. '
         f'In a statement Vexbit said the feature was still in a trial stage and that the company welcomed feedback. It said: "{_BETA}."',
         "The user can choose", ("Vexbit", "the company")),
        (f'Critics called the tool a bad idea.\n\nTwo bloggers wrote long posts about it, and one said it was a mistake that would cost users dearly. '
         f'In a brief statement the firm said the feature was still in a trial stage and that it welcomed feedback. It said: "{_BETA}."',
         "The user can choose", "the firm"),
        (f'In his letter Mayor Tom Reyes wrote that the plan was dead. "{_BETA}," he added.', "The user can choose", "Tom Reyes"),
        ('In Ann Roe\'s book Mr Brown is alleged to have told the prime minister: "There is nothing you could ever say to me now."',
         "There is nothing", "Brown"),
        ('In the memoir Mr Brown is said to have told aides: "There is nothing you could ever say to me now."', "There is nothing", "Brown"),
        # negatives: a copula after the channel phrase; two bodies before the "it"
        (f'In its statement was a promise to listen. "{_BETA}," it said.', "The user can choose", None),
        (f'In a statement Vexbit and Orvik Steel said the feature was in trial. "{_BETA}," it said.', "The user can choose", None),
    ],
)

_NIGHT = "greatest fundraising night of the whole year"

PLURAL_TITLES = cases(
    "titles and abbreviations",
    [
        ('Senator Mark Rubin has refrained from attacking his rivals, particularly Govs. Jed Bush and Chris Christo, who say the '
         f'freshman senator lacks experience.\n\nHe dismissed criticism of his debate, saying Monday that it was his campaign\'s "{_NIGHT}."',
         "greatest fundraising", "Mark Rubin"),
        ('Senator Mark Rubin has refrained from attacking his rivals, particularly Gens. Jed Bush and Chris Christo, who say the '
         f'senator lacks experience.\n\nHe dismissed criticism of his debate, saying Monday that it was his campaign\'s "{_NIGHT}."',
         "greatest fundraising", "Mark Rubin"),
        ('Captain Tom Reyes praised his unit, particularly Sgts. Jed Bush and Chris Christo, who led the patrol.\n\n'
         f'He said it was the unit\'s "{_NIGHT}."', "greatest fundraising", "Tom Reyes"),
        # negative: the two men the sentence is about
        (f'Govs. Jed Bush and Chris Christo met donors on Monday.\n\nHe said it was the campaign\'s "{_NIGHT}."', "greatest fundraising", None),
    ],
)

_HAPPY = "We are very happy with the outcome of the talks here"

DATE_OPENERS = cases(
    "titles and abbreviations",
    [
        (f'On Aug. 5 Tom Kell praised the deal. "{_HAPPY}," he said.', "We are very happy", "Tom Kell"),
        (f'On August 5 Tom Kell praised the deal. "{_HAPPY}," he said.', "We are very happy", "Tom Kell"),
        (f'At 10 a.m. Tom Kell praised the deal. "{_HAPPY}," he said.', "We are very happy", "Tom Kell"),
        (f'Shortly after 9 p.m. Mayor Ann Roe praised the deal. "{_HAPPY}," she said.', "We are very happy", "Ann Roe"),
        # negative: the sentence after the date is about no one
        (f'On Aug. 5 the deal was signed. "{_HAPPY}," he said.', "We are very happy", None),
    ],
)

NONE30_CASES = DATE_OPENERS + PLURAL_TITLES + CHANNEL_OPENER + RUN_ON_PARAGRAPH + TURN_OVER_OWNER + NAMED_BY_THE_QUOTE + FRAME_INSIDE_REPORT + OWNED_WORDS_AND_OWN_SENTENCE
