"""Attribution cases of session 35 (helper pron35): WRONG persons from pronoun and relative-pronoun
resolution, read on the PolNeAR tuning half and untuned A (quotations and the paraphrase testbed).
Each pattern put someone else's words in a person's mouth; the fix is the reading of the clause,
with near misses that keep the old reading.

* A sentence opening on a name and its role set off by commas and a verb of saying that reports a
  clause ("Sen. Jon Tarr, chairman of the panel, said Bram puts Ann Ruhl at risk.") was read as a
  closing, inverted cue ("…, said Alan Abramowitz, a demographer."): the name inside the reported
  clause became the sentence's speaker, and a "he" in the next sentence ("He derided “…”") went
  to him. The name and its role open the sentence as the verb's subject, as a name and an age do.
  Not an opening adverb and a clause ("Somehow, the family will find a way, adds Ann Basha."):
  that is the inverted cue.
* A clause of result ("The forum was so calm that Mr. Bram was prompted to say, “…”") was read from
  the sentence's opening ("Much of the forum"), so the quote had nobody and a "he" after it went to
  the speaker before. The clause after "so … that" has its own subject, who speaks.
* A relative "who" clause with an auxiliary before its verb ("Olli, who has vowed not to buy
  cookies because of the group's “…”") gave the main clause's subject ("Swanson praised Olli"):
  "who has vowed" is the antecedent's as "who vowed" is.
* A participle inside an open "who" clause ("… a tight race with Tom Kell, who last week upset the
  race by questioning “…”") gave the sentence's subject; the participle is the relative clause's,
  its subject the antecedent. A "who" clause closed by a comma before the participle ("Tom Kell,
  who had attacked him, by questioning") leaves the main subject.
* A quote as the object of the verb of a "who" clause after a main verb ("… sparked criticism
  from lawmakers in Congress who agree “…”", "farmers such as Ostrow, who are drawn to him and feel
  “…”") fell back to the main clause's subject (a firm, or the one courting the farmers): never
  that subject. Not when "who" follows the sentence's own subject ("Mr. Ola Bram, who barely
  tolerates “…”") or a copula ("Ann Roe is the attorney who charged “…”"): there it is the same
  person. "such as" gives examples of the people acted on, no predicate of the subject.
* A with-phrase closed by a comma before a finite verb ("His speech, in which he joked about Roe's
  “…” with aide Dana Kell, cited “…”") made the with-phrase's name the verb's subject; a
  with-phrase runs on into a participle it is the subject of ("with spokesman Glen Caplin saying").
* A possessive pronoun and a noun of the owner's words or view ("His speech cited “…”", "Her
  assumption, stated on TV, was that “…”") was shown as a speaker called "His speech": it stands
  for the owner, as "His statement" did.
* An indefinite description set off before a "he" or "she" that opens the sentence ("An immigrant
  from Chad who became a citizen in 2013, she plans “…”") was registered as the sentence's subject,
  so the pronoun meant "an immigrant": the description is the pronoun's apposition and the
  pronoun the subject, meaning the person before (or nobody when no one fits).
* A verb of saying after a quote followed by its own "that" clause ("Kell, who questioned “…”, said
  Friday that Varo “…”") was read as an inverted cue ("“…,” said Ann Roe"), whose subject was the
  name in the "that" clause: a "that" after the verb (maybe after a day) opens what was said.
* A "he" standing past a verb of its sentence ("Dole's success reflects how he has wooed voters
  since he announced “…”, the school founded by Jerry Falwell") took a person named later in the
  sentence, as a pronoun in a fronted phrase anticipates the subject ("In what he called a “rant”
  …, Mayor Bob Dane …"); past a verb the pronoun looks back only.
* A claim or contention whose owner follows "of" ("His remarks buttress the contention of Ann Roe
  that some emails were subjected to “…”") was left to the sentence's subject, and "His remarks"
  stood for its owner: the contention's owner has the words, as after "by" or a possessive.
* A document subject whose sentence puts the quote in a clause of time with its own subject
  ("Reeves's decision comes months after she struck down “…”") was the quote's source: the clause's
  subject acted on the quoted thing; the document said nothing of it.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

APPOSED_OPENING_REPORTS = cases(
    "pronouns and role nouns",
    [
        ('Sen. Jon Tarr, chairman of the panel, said Bram puts even Joe Mott at risk. He derided “efforts by some rivals to keep their distance.”',
         "efforts by some rivals", "Jon Tarr"),
        ('Sen. Jon Tarr, chairman of the panel, said having Bram on the ticket puts Joe Mott and Ann Ruhl at risk. '
         'He derided “efforts by some rivals to keep their distance.”', "efforts by some rivals", "Jon Tarr"),
        ('Sanders, who has sent pleas on Kell’s behalf, said he may campaign for him. At an interview Tuesday, he said he would do so not '
         'because of “some kind of personal feud with Debbie,” but because Kell is good.', "some kind of personal feud", "Sanders"),
        # negatives: the inverted cue after a clause; a plain subject and verb
        ('Somehow, the family will find a way, adds Ann Basha. “We can borrow the money from friends,” she says.', "We can borrow", "Ann Basha"),
        ('Sen. Jon Tarr said Bram puts Joe Mott at risk. He said “the party is in deep trouble now.”', "the party is in deep", "Jon Tarr"),
    ],
)

RESULT_CLAUSE = cases(
    "pronouns and role nouns",
    [
        ('“We will win this,” Mr. Dole said. Much of the forum was so calm that Mr. Bram was prompted to say, “I cannot believe how polite '
         'it has been up here.” He was later challenged over his temper, saying “that he would consider new tariffs on steel.”',
         "I cannot believe", "Bram"),
        ('“We will win this,” Mr. Dole said. Much of the forum was so calm that Mr. Bram was prompted to say, “I cannot believe how polite '
         'it has been up here.” He was later challenged over his temper, saying “that he would consider new tariffs on steel.”',
         "that he would consider", "Bram"),
        ('“We will win this,” Mr. Dole said. The forum was so calm that Mr. Bram dozed off. He later said “that he would consider new tariffs.”',
         "that he would consider", "Bram"),
        # negative: the clause of result is about a group, no "he"
        ('“We will win this,” Mr. Dole said. The forum was so calm that the crowd dozed off. He later said “that he would consider new tariffs.”',
         "that he would consider", "Dole"),
    ],
)

WHO_CLAUSES = cases(
    "clause frames around the speaker",
    [
        ('Later Swanson praised preacher Ned Olli, who has vowed not to buy cookies because of the group’s “support of radical causes.”',
         "support of radical", "Ned Olli"),
        ('The mayor praised Ned Olli, who had vowed to stop buying because of the group’s “support of radical causes.”',
         "support of radical", "Ned Olli"),
        ('Mr. Dole is poised to win. He will need their support with polls showing a tight race with Tom Kell, who last week upset '
         'the race by questioning “Mr. Dole’s eligibility to be governor.”', "Mr. Dole’s eligibility", "Tom Kell"),
        ('Mr. Dole will need support in a tight race with Tom Kell, who injected a new element into the race by questioning '
         '“Mr. Dole’s eligibility to serve.”', "Mr. Dole’s eligibility", "Tom Kell"),
        ('Ridgeway’s merger with lens-maker Corvano, which would create the largest optics firm, sparked criticism from Democrats and '
         'Republicans in Congress who agree “that such deals are harmful” but have done little.', "that such deals", None),
        ('Mayor Tom Hale is trying to cut into Ford’s lead by appealing to younger farmers such as Ostrow, who are drawn to his message '
         'and feel “that the old policies failed them.”', "that the old policies", None),
        ('Mayor Tom Hale is appealing to farmers such as Ann Ostrow, who said “the old policies failed us all.”', "the old policies", "Ann Ostrow"),
        # negatives: a who-clause closed before the participle; "who" right after the subject; after a copula
        ('Mr. Dole hit back at Tom Kell, who had attacked him, by questioning “Mr. Kell’s eligibility to serve.”', "Mr. Kell’s eligibility", "Dole"),
        ('Mr. Ola Bram, who barely tolerates “the schmoozing that is tradition,” left early.', "the schmoozing", "Ola Bram"),
        ('Mayor Ann Weller, who had championed “the benefits of the deal as mayor,” now opposes it.', "the benefits of the deal", "Ann Weller"),
        ('Ann Roe is the state attorney who charged “Kell with second-degree murder.”', "Kell with second-degree", "Ann Roe"),
    ],
)

SET_OFF_WITH_PHRASE = cases(
    "pronouns and role nouns",
    [
        ('Tom Kell spoke first. His speech, in which he joked about Ann Roe’s “friendship” with aide Dana Kell, cited “his appearance in a '
         'campaign ad for the mayor last year.”', "his appearance", "Tom Kell"),
        ('Ann Roe spoke first. Her assumption, stated on TV, was that “voters will turn to us in the end.”', "voters will turn", "Ann Roe"),
        ('Ann Roe spoke first. Her speech cited “a deep lack of trust in the council.”', "a deep lack of trust", "Ann Roe"),
        # negatives: a with-phrase running into its participle; someone else's verdict on her speech
        ('The protest was loud, with spokesman Glen Caplin saying “we will not back down on this.”', "we will not back down", "Glen Caplin"),
        ('Ann Roe spoke first. Her speech was “a triumph of hope,” critics said.', "a triumph of hope", "critics"),
    ],
)

DOCUMENT_AND_CLAUSE_OF_TIME = cases(
    "organisations, documents and groups",
    [
        ('Judge Ann Reeves ruled on Friday. Reeves’s decision comes 20 months after she struck down “the state’s ban on street vendors.”',
         "the state’s ban", None),
        # negatives: the ruling acts on the quote itself; a clause of time closed by a comma
        ('The ruling blocks “the state’s ban on street vendors.”', "the state’s ban", "the ruling"),
        ('The court’s ruling, issued after she left, blocks “the state’s ban on vendors.”', "the state’s ban", "the court’s ruling"),
    ],
)

FRONTED_DESCRIPTION_OF_PRONOUN = cases(
    "pronouns and role nouns",
    [
        ('“You cannot blame her for it,” said Sara Walker, 44, an aide from Nashua.\n\nAn immigrant from Chad who became a citizen in 2013, '
         'she plans “to cast her first ballot for Ruhl.”', "to cast her first ballot", "Sara Walker"),
        ('Ann Roe spoke at the rally.\n\nA longtime critic of the mayor, she said “the system is broken beyond repair.”', "the system is broken", "Ann Roe"),
        # negatives: no woman before the description; a description that is the subject itself
        ('Tom Kell spoke at the rally.\n\nA longtime critic of the mayor, she said “the system is broken beyond repair.”', "the system is broken", None),
        ('Tom Kell left.\n\nA woman from Chad spoke next, and she said “the system is broken.”', "the system is broken", "a woman"),
    ],
)

THAT_CLAUSE_AFTER_TAIL_VERB = cases(
    "clause frames around the speaker",
    [
        ('Tom Kell, who previously questioned “whether Judge Varo’s heritage made him biased”, said Friday that Varo “happens to be, '
         'we believe, foreign.”', "whether Judge Varo", "Tom Kell"),
        ('Tom Kell, who once called the plan “a disaster for all of us”, said last week that Ann Roe “should resign.”', "a disaster for all", "Tom Kell"),
        # negatives: the inverted cue after the quote
        ('“The plan is a disaster for all of us,” said Ann Roe on Friday.', "The plan is a disaster", "Ann Roe"),
        ('“The plan is a disaster for all of us,” said Ann Roe, adding that it failed.', "The plan is a disaster", "Ann Roe"),
    ],
)

PRONOUN_PAST_A_VERB_LOOKS_BACK = cases(
    "pronouns and role nouns",
    [
        ('Mr. Dole spoke in Ames.\n\nMr. Dole’s success reflects how he has wooed voters since he announced “his candidacy at Pine College”, '
         'the school founded by Jerry Falwell.', "his candidacy at Pine", "Dole"),
        # negatives: a pronoun in a phrase fronted before the subject anticipates it
        ('Tom Kell left early.\n\nIn what he called a “rant” at a news conference that ran long, Mayor Bob Dane attacked the council.', "rant", "Bob Dane"),
        ('Ann Roe left.\n\nAsked whether he would run, Mayor Bob Dane said “we will see soon enough.”', "we will see", "Bob Dane"),
    ],
)

CLAIM_OF_NAMED_OWNER = cases(
    "organisations, documents and groups",
    [
        ('Tom Kell has said he disagrees.\n\nHis remarks buttress the contention of former mayor Ann Roe that some emails were subjected '
         'to “over-classification.”', "over-classification", "Ann Roe"),
        ('Tom Kell spoke.\n\nHis speech buttressed the contention of Ann Roe that some emails were subjected to “over-classification.”',
         "over-classification", "Ann Roe"),
        ('Tom Kell denied the contention of Ann Roe that some emails were subjected to “over-classification.”', "over-classification", "Ann Roe"),
        # negative: "of" a thing and a place, no owner
        ('Tom Kell rejected the claims of fraud in Ohio that voters called “a scandal.”', "a scandal", None),
    ],
)

PRON35_CASES = (
    APPOSED_OPENING_REPORTS
    + RESULT_CLAUSE
    + WHO_CLAUSES
    + SET_OFF_WITH_PHRASE
    + DOCUMENT_AND_CLAUSE_OF_TIME
    + FRONTED_DESCRIPTION_OF_PRONOUN
    + THAT_CLAUSE_AFTER_TAIL_VERB
    + PRONOUN_PAST_A_VERB_LOOKS_BACK
    + CLAIM_OF_NAMED_OWNER
)
