"""Attribution cases of session 33 (helper names33): person names of unusual shape as the subject
right before a quote in one sentence, found by a grid that crossed name shapes (Mc/Mac/O', particles,
hyphens, suffixes, initials, titles and party tags, names that are common words or places,
non-English names) with short frames (a speech verb, a colon, a verb of a view) and positions (first
or later mention, after a fronted phrase). The names themselves were read well; what failed was
the material around them.

* A preposition's object after an inverted-looking verb ("Sen. Ida Varga, R-Ky., said of Weller,
  “…”", "Tom Kell, 45, said of Ann Weller, “…”") gave the object: a verb after a comma was read as
  an inverted aside ("…, explained Rosenberg, “…”"), whose name may follow a few lower-case words
  ("says former state senator Paul Gadd"); "of", "to", "about" … there open a phrase about the one
  spoken of or to, never the speaker. The subject before the appositive speaks.
* A colon label after a short opening phrase and its comma ("On Monday, McCallister: “…”", "At the
  rally, Sen. Ida Varga (D-Ore.): “…”", "Meanwhile, O'Hagan: “…”") gave nobody: the label was read
  only when it opened the sentence. A time or place phrase of up to four words or a sentence
  adverb is set aside first.
* A transcript's turn label with a generational suffix ("DOLAN JR.: …") was no label (its period),
  so the turn inherited the previous turn's speaker: the interviewer's. A one-word label that is
  a role word as well as the surname of someone the text names with a given name ("KING:" after
  "Rep. Walter King") became "the king"; a surname in capitals after "Mc" ("McCALLUM:") kept its
  capitals unresolved.
* An aside set off by dashes between the subject and its verb that names someone after "after",
  "since", "when" … ("Ann Weller — who spoke after Tom Kell — said: “…”", the same in brackets)
  made that person a later clause's subject; dashes typed as hyphens ("Ann Weller -- like Tom
  Kell -- believes “…”") or closed up ("Ann Weller—like Tom Kell—believes “…”") did so for a verb
  of a view. The dash closes the aside as a comma does.
* A clause of cause or time set off by commas whose own speech verb names another ("Ann Weller,
  because Tom Kell had asked her to, believes “…”") gave that other: the verb of a view after the
  clause is the main clause's, whose subject is before it. Said less: no speaker.
* A clause of time after the speech verb whose own verb of speaking takes no words ("Ann Weller,
  45, said before Tom Kell spoke, “…”", "… after Reyes testified, “…”") gave the clause's
  subject: the comma ends that clause, and the quote is the earlier verb's. Said less.
* A verb of repeating another's words before an owned noun of saying ("Ann Weller cited Kell’s
  words: “…”", "repeated Kell’s line:", "recalled Tom Kell’s advice to her:") gave the subject, who
  only repeats them: the owner's words ("her own words" stay hers).
* A clause set off before the main one whose verb is a verb of speaking ("While Kell spoke,",
  "Asked about Kell,", "Two days after Kell spoke,") before a subject and a verb of a view ("…, Ann
  Weller believes “…”") gave the clause's subject: the view's holder speaks. Not after "As Kell put
  it," (a source of the whole sentence) nor in a "that" clause some verb reports.
* A generational suffix before a possessive ("Hank Dolan Jr.’s reply: “…”") ended a sentence at
  its period, so the owner was cut from the noun of saying and no one spoke; "Jr." and "Sr."
  before "’s" are no sentence end (before a closing single mark they still may be).
* A surname that is an auxiliary or adverb ("George Will believes “…”") lost its last word to the
  helpers read between a subject and its verb ("will", "still", "now"), leaving "George", a given
  name that is no speaker: such a word in capitals after another word ends a name.
* A surname that is the -s form of a person noun whose plural is irregular ("Childs said “…”")
  was read as a plural of people, "childs", a group shown in lower case: "child", "man" and
  "woman" make no plural in -s.

Negatives: a real inverted aside ("…, said Ann Weller of the union, “…”", "…, says former state
senator Paul Gadd (D-Ohio), “…”") keeps its name; a name that is the topic of a fronted phrase
("For Kell, one thing: “…”", "Unlike Kell, Weller: “…”") gives no speaker; a subject's object
("Voters told Tom Kell “…”") stays the voters'; "after NAME said" with no dash ("The video went viral
after Ann Weller said “…”", "Dan Axel tweeted after Ann Weller said, “…”") stays that name's; a title before a role word ("Mr. President") keeps
"PRESIDENT:" the president; "KING:" in a text with no one named King stays the king. Invented names
and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_FIGHT = "We will not back down from this fight, not now and not ever"
_fight = "we will not back down from this fight, not now and not ever"
_DEBATE = "The budget debate ran late into the night."

SPOKEN_OF_AFTER_APPOSITIVE = cases(
    "clause frames around the speaker",
    [
        (f'{_DEBATE}\n\nSen. Ida Varga, R-Ky., said of Weller, "{_FIGHT}."', "We will not", "Ida Varga"),
        (f'{_DEBATE}\n\nTom Kell, 45, said of Ann Weller, "{_FIGHT}."', "We will not", "Tom Kell"),
        (f'{_DEBATE}\n\nRep. Lino DeMarco, a Texas Republican, said of Weller, "{_FIGHT}."', "We will not", "Lino DeMarco"),
        (f'{_DEBATE}\n\nTom Kell, who chairs the panel, said about Weller, "{_FIGHT}."', "We will not", "Tom Kell"),
        (f'{_DEBATE}\n\nOn Monday, Sen. Ida Varga, the Kentucky Republican, said of Weller, "{_FIGHT}."', "We will not", "Ida Varga"),
        # negatives: an inverted aside names its speaker, after lower-case words too
        (f'{_DEBATE}\n\nIn the end, said Ann Weller of the union, "{_fight}."', "we will not", "Ann Weller"),
        (f'{_DEBATE}\n\nThis year, says former state senator Paul Gadd (D-Ohio), "{_fight}."', "we will not", "Paul Gadd"),
        (f'{_DEBATE}\n\nBecause of the schedule, explained Rosenberg, "{_fight}."', "we will not", "Rosenberg"),
        (f'{_DEBATE}\n\nVoters told Tom Kell "{_fight}."', "we will not", "voters"),
    ],
)

LABEL_AFTER_OPENING = cases(
    "titles and abbreviations",
    [
        (f'Gus McCallister spoke to supporters on Friday.\n\nOn Monday, McCallister: "{_FIGHT}."', "We will not", "Gus McCallister"),
        (f"Rory O'Hagan spoke to supporters on Friday.\n\nMeanwhile, O'Hagan: \"{_FIGHT}.\"", "We will not", "Rory O'Hagan"),
        (f'{_DEBATE}\n\nAt the rally, Sen. Ida Varga (D-Ore.): "{_FIGHT}."', "We will not", "Ida Varga"),
        (f'Lena DeWitt spoke to supporters on Friday.\n\nIn Iowa, DeWitt: "{_FIGHT}."', "We will not", "Lena DeWitt"),
        (f'Chris Van Hollis spoke to supporters on Friday.\n\nStill, Van Hollis: "{_FIGHT}."', "We will not", "Chris Van Hollis"),
        (f'Walter King spoke to supporters on Friday.\n\nOn Monday, King: "{_FIGHT}."', "We will not", "Walter King"),
        # negatives: the name is the opening phrase's topic; no name after the opening
        (f'{_DEBATE}\n\nFor Kell, one thing: "{_FIGHT}."', "We will not", None),
        (f'{_DEBATE}\n\nUnlike Kell, Weller: "{_FIGHT}."', "We will not", None),
    ],
)

_ASK = "What do you make of the plan and the vote?"
_INTRO = "sat down with Ann Weller of the Dayton Daily on Sunday. Here is part of the exchange."

TRANSCRIPT_LABEL_SHAPES = cases(
    "titles and abbreviations",
    [
        (f'Hank Dolan Jr. {_INTRO}\n\n"WELLER: {_ASK}"\n\n"DOLAN JR.: Seriously, about this. {_FIGHT}."', "DOLAN JR.: Seriously", ("Dolan Jr", "Hank Dolan Jr.")),
        (f'Hank Dolan Jr. {_INTRO}\n\nWELLER: {_ASK}\n\nDOLAN JR.: I told them "{_fight}."', "we will not", ("Dolan Jr", "Hank Dolan Jr.")),
        (f'Rep. Walter King {_INTRO}\n\n"WELLER: {_ASK}"\n\n"KING: Seriously, about this. {_FIGHT}."', "KING: Seriously", "Walter King"),
        (f'Rep. Walter King {_INTRO}\n\nWELLER: {_ASK}\n\nKING: I told them "{_fight}."', "we will not", "Walter King"),
        (f'Mitch McCallum {_INTRO}\n\n"WELLER: {_ASK}"\n\n"McCALLUM: Seriously, about this. {_FIGHT}."', "McCALLUM: Seriously", "Mitch McCallum"),
        # negatives: a role word no one bears as a surname stays the role
        (f'President Dan Ruiz met the press. Here is the exchange.\n\nREPORTER: {_ASK}\n\nPRESIDENT: I told them "{_fight}."', "we will not", "Dan Ruiz"),
        (f'The palace released a transcript. Here is the exchange.\n\nREPORTER: {_ASK}\n\nKING: I told them "{_fight}."', "we will not", "the king"),
    ],
)

DASHED_ASIDE_BEFORE_VERB = cases(
    "long material between quote, speaker and verb",
    [
        (f'Tom Kell and the others met.\n\nAnn Weller — who spoke after Tom Kell — said: "{_FIGHT}."', "We will not", "Ann Weller"),
        (f'Tom Kell and the others met.\n\nAnn Weller (who spoke after Kell) said "{_FIGHT}."', "We will not", "Ann Weller"),
        (f'Tom Kell and the others met.\n\nRep. Ann O\'Hara (D-Ore.) (speaking after Kell) told reporters: "{_FIGHT}."', "We will not", "Ann O'Hara"),
        (f'Tom Kell and the others met.\n\nAnn Weller -- like Tom Kell -- believes "{_fight}."', "we will not", "Ann Weller"),
        (f'Tom Kell and the others met.\n\nAnn Weller—like Tom Kell—believes "{_fight}."', "we will not", "Ann Weller"),
        (f'Tom Kell and the others met.\n\nGov. Ann DeLuca—a Kell ally—believes "{_fight}."', "we will not", "Ann DeLuca"),
        (f'Tom Kell and the others met.\n\nAnn Weller, because Tom Kell had asked her to, believes "{_fight}."', "we will not", (None, "Ann Weller")),
        (f'Tom Kell and the others met.\n\nAnn Weller, 45, said before Tom Kell spoke, "{_FIGHT}."', "We will not", (None, "Ann Weller")),
        (f'Tom Kell and the others met.\n\nAnn Weller, a Texas Republican, said before Kell spoke, "{_FIGHT}."', "We will not", (None, "Ann Weller")),
        (f'The union met on Friday.\n\nDan Axel said after Ann Weller testified, "{_FIGHT}."', "We will not", (None, "Dan Axel")),
        # negatives: "after NAME said" with no aside closed before it is that name's clause
        (f'The union met on Friday.\n\nThe video went viral after Ann Weller said "{_fight}."', "we will not", "Ann Weller"),
        (f'The union met on Friday.\n\nDan Axel tweeted after Ann Weller argued that "{_fight}."', "we will not", "Ann Weller"),
        (f'The union met on Friday.\n\nDan Axel tweeted after Ann Weller said, "{_fight}."', "we will not", "Ann Weller"),
        (f'The union met on Friday.\n\nThings got worse after Ann Weller spoke, "{_FIGHT}."', "We will not", "Ann Weller"),
    ],
)

_MET = "Tom Kell and the others met."

CITED_AND_FRONTED = cases(
    "clause frames around the speaker",
    [
        (f'{_MET}\n\nAnn Weller cited Kell’s words: "{_FIGHT}."', "We will not", "Tom Kell"),
        (f'{_MET}\n\nGov. Lino DeMarco repeated Kell’s line: "{_FIGHT}."', "We will not", "Tom Kell"),
        (f'{_MET}\n\nRep. Ann O’Hara (D-Ore.) recalled Tom Kell’s advice to her: "{_FIGHT}."', "We will not", "Tom Kell"),
        (f'{_MET}\n\nWhile Kell spoke, Ann Weller believes "{_fight}."', "we will not", "Ann Weller"),
        (f'{_MET}\n\nAsked about Kell, Debra Wasser Stein believes "{_fight}."', "we will not", "Debra Wasser Stein"),
        (f'{_MET}\n\nTwo days after Kell spoke, Gov. Lino DeMarco believes "{_fight}."', "we will not", "Lino DeMarco"),
        (f'{_MET}\n\nPressed by Kell, Rep. Ann O’Hara (D-Ore.) believes "{_fight}."', "we will not", (None, "Ann O’Hara")),
        # negatives: her own words stay hers; a source of the whole sentence or a reported clause stays the reporter's
        (f'{_MET}\n\nAnn Weller repeated her own words: "{_FIGHT}."', "We will not", "Ann Weller"),
        (f'{_MET}\n\nAnn Weller echoed Kell’s words, saying "{_fight}."', "we will not", "Ann Weller"),
        (f'{_MET}\n\nAs Kell put it, Ann Weller believes "{_fight}."', "we will not", "Tom Kell"),
        (f'{_MET}\n\nKell said, in a statement, that Weller believes "{_fight}."', "we will not", "Tom Kell"),
        (f'{_MET}\n\nKell told reporters that, in his view, Weller wants "to back down from this fight, now and for good."', "to back down", "Tom Kell"),
    ],
)

UNUSUAL_NAME_SHAPES = cases(
    "titles and abbreviations",
    [
        (f'{_DEBATE}\n\nDebra Wasser Stein believes "{_fight}."', "we will not", "Debra Wasser Stein"),
        (f'{_DEBATE}\n\nOhio Gov. Jon Kasick: "{_FIGHT}."', "We will not", "Jon Kasick"),
        (f'{_DEBATE}\n\nBut Pieter van der Welle said "{_fight}."', "we will not", "Pieter van der Welle"),
        (f'Samir al-Hadi spoke to supporters on Friday.\n\nAnd al-Hadi said "{_fight}."', "we will not", ("Samir al-Hadi", "al-Hadi", "Hadi")),
        (f'{_DEBATE}\n\nStill, Hope Hickson believes "{_fight}."', "we will not", "Hope Hickson"),
        (f'{_DEBATE}\n\nIn Paris, Hilda Dennard said "{_fight}."', "we will not", "Hilda Dennard"),
        (f'{_DEBATE}\n\nJ.R. McMasters told reporters: "{_FIGHT}."', "We will not", "J.R. McMasters"),
        (f'{_DEBATE}\n\nHank Dolan Jr.’s reply: "{_FIGHT}."', "We will not", "Hank Dolan Jr."),
        (f"{_DEBATE}\n\nHank Dolan Sr.'s reply was blunt: \"{_FIGHT}.\"", "We will not", "Hank Dolan Sr."),
        (f'{_DEBATE}\n\nWeller cited Hank Dolan Sr.’s words: "{_FIGHT}."', "We will not", "Hank Dolan Sr."),
        (f'{_DEBATE}\n\nGeorgia Will believes "{_fight}."', "we will not", "Georgia Will"),
        (f'{_DEBATE}\n\nColumnist Pat Will still wants "{_fight}."', "we will not", "Pat Will"),
        (f'{_DEBATE}\n\nTwo weeks after the vote, Senator Ann Roe will still argue that "{_fight}."', "we will not", "Ann Roe"),
        (f'Nora Childs spoke to supporters on Friday.\n\nChilds said "{_fight}."', "we will not", "Nora Childs"),
        (f'Nora Childs spoke to supporters on Friday.\n\nOn Monday, Childs told reporters: "{_FIGHT}."', "We will not", "Nora Childs"),
        # negative: a suffix closing a single-quoted phrase still ends its sentence
        (f'{_DEBATE}\n\nThey sang ‘We love Hank Dolan Jr.’ Then Kell said: "{_FIGHT}."', "We will not", "Kell"),
    ],
)

NAMES33_CASES = (
    SPOKEN_OF_AFTER_APPOSITIVE + LABEL_AFTER_OPENING + TRANSCRIPT_LABEL_SHAPES + DASHED_ASIDE_BEFORE_VERB + CITED_AND_FRONTED + UNUSUAL_NAME_SHAPES
)
