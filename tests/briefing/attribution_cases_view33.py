"""Attribution cases of session 33 (helper view33): a speaker opening the sentence, then a frame of a
view, an attitude, a stance or a possession leading straight into the quote, in one sentence.
Found with a grid of invented speaker shapes crossed with frames, not read from any corpus.

A name before such a frame was read already (a name's sentence with a quote and no speech verb is
the name's). Other subjects were not:

* A description of a person or a body, a group of people or an organisation before a frame that
  is no single verb of a view ("The mayor sees the move as “…”", "Democrats are convinced that
  “…”", "The ministry takes the view that “…”", "The campaign has no doubt that “…”", "The party
  is running on a platform of “…”", "The governor set out a vision of “…”") gave nobody: after a
  description only a verb of a view or a wish right after it was read ("The senator believes
  “…”"), because its other verbs may frame someone else's words. These frames put the holder's
  own view into quotation as "believes" does: a verb of regarding with its object and "as", an
  adjective of certainty or worry after a copula ("is confident that", "remains convinced"), a
  noun of belief or doubt the subject has, takes or holds, a case made, a vision set out, a
  platform run on, a view made plain or kept to ("made it clear that", "left no doubt that",
  "voiced frustration that", "stands by the claim that", "doubled down on"); and a verb of having
  before a quote that opens on the attitude ("The mayor had “no doubt at all that …”").
  ``view_frames`` reads them.
* The same frames in a clause after a comma ("The plan passed, but Democrats see it as “…”") gave
  the first clause's subject when it was a document acting ("the plan"): a wrong speaker. The
  clause ending at the quote has its own subject, as with "…, but Democrats believe “…”".
* "remains" and "becomes" were no verbs to the subject reader, so a name before "remains convinced
  that “…”" was read as no subject at all (the phrase ran on to "convinced"). ("seems" and
  "appears" stay out: "Washington appears weak before the “offensive”" is no one's words.)
* A one-word name never written with a title or mid-sentence ("Rubio said on Sunday that …" and
  later "Rubio is confident that “…”") was no proper name to the reader of a sentence with no
  speech verb (a capital opening sentences may be a common word's); being the subject of a speech
  verb elsewhere in the text ("Rubio said", "Okafor told") marks it a speaker's name, as writing it
  mid-sentence does.
* A participle of asking opening the sentence ("Asked about the levy, the mayor had “no doubt …”")
  made the sentence one with a speech verb, which this reader leaves alone: the question's verb is
  no cue of the clause after it, whose subject answers.
* A name before a colon with a verb of agreeing or of a view in -s that our subject reader does not
  know ("Tom Kell disagrees: “…”", "Ann Weller sees things differently: “…”") was read as a
  headline's label ("Prison official: …") and gave nobody.
* Two names joined by "and" before a frame ("Tom Kell and Ann Weller remain convinced that “…”")
  gave the second name alone: the view is both men's, so no one person is shown.

Negatives (the near misses of the same shape): words a subject pushes back against or bristles at
are others'; "seems to want" and "appears convinced" after a description or a group are an
observer's reading of it (nobody; a name keeps the reading any verb gives it); a frame of what
others say of the subject ("Kell has a history of “…”", "Kell is known for “…”", "The mayor has a
reputation for “…”"), a noun of
others' charging or claiming that the subject meets or turns away ("Kell rejected claims that
“…”", "Kell faced accusations of “…”"), and the words of an owner that the subject mocks or
echoes ("Kell mocked Ann Weller’s “…”") are not the subject's: nobody, or the owner's words,
never the subject. A frame that does not end at the quote ("sees the plan as a “…” to win"),
"what critics call" inside the frame (the critics'), "is sure to" or "is certain to" (a
likelihood, no view) and a subject that welcomes, praises or cites an owner's deed in words of
its own ("Kell welcomed Weller’s “…”": Kell's words) keep their readings; a title of a work
("Voters see “Hamilton” as …") is no quote at all. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PLOY = "a cynical ploy to keep working families away from the polls"
_ROAD = "the only road forward for a county that has lost its way"
_TAX = "abolishing the tax office and repealing every word of the levy"
_SCHOOL = "a county where every child can walk to a good school"
_DOUBT = "no doubt at all that the result of the count will stand"
_BACK = "saying things that he later walks back in private"
_KELL_INTRO = "Tom Kell is the senator from Ohio.\n\n"

DESCRIPTION_VIEWS = cases(
    "organisations, documents and groups",
    [
        (f"The mayor sees the move as “{_PLOY}.”", "a cynical ploy", "the mayor"),
        (f"The city's new police chief views the vote as “{_ROAD}.”", "the only road", "the city's new police chief"),
        (f"The ministry regards the plan as “{_PLOY}.”", "a cynical ploy", "the ministry"),
        (f"The mayor considers the plan “{_ROAD}.”", "the only road", "the mayor"),
        (f"The mayor has long seen the levy as “{_PLOY}.”", "a cynical ploy", "the mayor"),
        (f"The ministry treats the vote as “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor is confident that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The city's police chief remains convinced that “{_ROAD}.”", "the only road", "the city's police chief"),
        (f"The ministry is adamant that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor was confident “{_ROAD}.”", "the only road", "the mayor"),
        (f"The ministry has no doubt that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor has no illusions that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The ministry takes the view that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor is of the view that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The ministry holds that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor made the case that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The mayor set out a vision of “{_SCHOOL}.”", "a county where", "the mayor"),
        (f"The ministry has a plan for “{_SCHOOL}.”", "a county where", "the ministry"),
        (f"The mayor is running on a platform of “{_TAX}.”", "abolishing the", "the mayor"),
        (f"The mayor had “{_DOUBT}.”", "no doubt at all", "the mayor"),
        (f"On Tuesday, the mayor is confident that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The plan passed, but the mayor sees the move as “{_PLOY}.”", "a cynical ploy", "the mayor"),
        (f"The plan passed, but the mayor had “{_DOUBT}.”", "no doubt at all", "the mayor"),
        (f"The Kell campaign sees the levy as “{_PLOY}.”", "a cynical ploy", "the Kell campaign"),
        (f"Asked about the levy, the mayor had “{_DOUBT}.”", "no doubt at all", "the mayor"),
        (f"When asked whether the levy would pass, the ministry was confident that “{_ROAD}.”", "the only road", "the ministry"),
        (f"{_KELL_INTRO}Asked about the levy, Kell sees it as “{_PLOY}.”", "a cynical ploy", "Tom Kell"),
        (f"Asked about the levy by Tom Kell, the mayor is of the view that “{_ROAD}.”", "the only road", "the mayor"),
        # negatives: a likelihood; a frame not ending at the quote; the critics' words
        (f"The mayor is sure to face “{_BACK}.”", "saying things", None),
        ("The mayor sees the plan as a “cynical ploy” to win votes in the county.", "cynical ploy", None),
        (f"The mayor sees the deal as what critics call “{_PLOY}.”", "a cynical ploy", "critics"),
        (f"The mayor has a reputation for “{_BACK}.”", "saying things", None),
        (f"The council considered running for “{_ROAD}.”", "the only road", None),
    ],
)

GROUP_VIEWS = cases(
    "organisations, documents and groups",
    [
        (f"Democrats see the move as “{_PLOY}.”", "a cynical ploy", "democrats"),
        (f"Democrats regard the plan as “{_PLOY}.”", "a cynical ploy", "democrats"),
        (f"Many Democrats consider the plan “{_ROAD}.”", "the only road", "many Democrats"),
        (f"Democrats are convinced that “{_ROAD}.”", "the only road", "democrats"),
        (f"Most voters have no doubt that “{_ROAD}.”", "the only road", "most voters"),
        (f"Democrats are campaigning on a promise of “{_TAX}.”", "abolishing the", "democrats"),
        (f"Democrats set out a vision of “{_SCHOOL}.”", "a county where", "democrats"),
        (f"Democrats had “{_DOUBT}.”", "no doubt at all", "democrats"),
        (f"But Democrats take the view that “{_ROAD}.”", "the only road", "democrats"),
        (f"The plan passed, but Democrats are confident that “{_ROAD}.”", "the only road", "democrats"),
        (f"Democrats met on Monday.\n\nThey see the move as “{_PLOY}.”", "a cynical ploy", "democrats"),
        # negative: what others say of a group
        (f"Democrats are known for “{_BACK}.”", "saying things", None),
    ],
)

_KELL = "Tom Kell is the senator from Ohio.\n\n"

NAME_VIEWS = cases(
    "clause frames around the speaker",
    [
        (f"Tom Kell remains convinced that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell remains convinced that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"Sen. Tom Kell becomes convinced that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell had “{_DOUBT}.”", "no doubt at all", "Tom Kell"),
        (f"{_KELL}Kell is running on a platform of “{_TAX}.”", "abolishing the", "Tom Kell"),
        (f"Tom Kell (R-Ohio) sees the levy as “{_PLOY}.”", "a cynical ploy", "Tom Kell"),
        (f"Tom Kell, the party's leader, takes the view that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell has long believed that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell does not think that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell privately believes that “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"{_KELL}Kell vowed to “abolish the tax office and repeal every word of the levy.”", "abolish the", "Tom Kell"),
        # negatives: two holders; what others say of him; others' claims and charges; an owner's words
        (f"Tom Kell and Ann Weller remain convinced that “{_ROAD}.”", "the only road", (None, "Tom Kell and Ann Weller")),
        (f"Tom Kell and Ann Weller are worried that “{_ROAD}.”", "the only road", (None, "Tom Kell and Ann Weller")),
        (f"{_KELL}Kell has a history of “{_BACK}.”", "saying things", None),
        (f"Tom Kell has a reputation for “{_BACK}.”", "saying things", None),
        (f"Tom Kell is known for “{_BACK}.”", "saying things", None),
        (f"Tom Kell rejected claims that “{_BACK}.”", "saying things", None),
        (f"Tom Kell faced accusations of “{_BACK}.”", "saying things", None),
        (f"Tom Kell has dismissed claims that his plan was “{_PLOY}” of the old party.", "a cynical ploy", None),
        (f"Acme has been criticised for “{_BACK}” by campaigners in the county.", "saying things", (None, "campaigners in the county")),
        # a verdict on the claim after it is the subject's own
        (f"Tom Kell dismissed reports that the board is split as “{_PLOY}.”", "a cynical ploy", "Tom Kell"),
        (f"Tom Kell mocked Ann Weller’s “{_BACK}.”", "saying things", (None, "Ann Weller")),
        (f"{_KELL}Kell echoed Ann Weller’s “{_PLOY}.”", "a cynical ploy", (None, "Ann Weller")),
        # the subject's own words on an owner's deed stay his
        (f"Tom Kell welcomed Ann Weller’s “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"Tom Kell praised Ann Weller’s “{_ROAD}.”", "the only road", "Tom Kell"),
    ],
)

MADE_PLAIN = cases(
    "organisations, documents and groups",
    [
        (f"The ministry made it clear that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor made clear that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The mayor left no doubt that “{_ROAD}.”", "the only road", "the mayor"),
        (f"The union voiced frustration that “{_ROAD}.”", "the only road", "the union"),
        (f"The mayor stands by the claim that “{_ROAD}.”", "the only road", "the mayor"),
        (f"Democrats are sticking to the line that “{_ROAD}.”", "the only road", "democrats"),
        (f"The ministry did not hide its view that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The mayor painted a picture of “{_SCHOOL}.”", "a county where", "the mayor"),
        (f"The ministry disagreed that “{_ROAD}.”", "the only road", "the ministry"),
        (f"The campaign is betting that “{_ROAD}.”", "the only road", "the campaign"),
        (f"The mayor doubled down on “{_PLOY}.”", "a cynical ploy", "the mayor"),
        (f"The ministry pitched the levy as “{_ROAD}.”", "the only road", "the ministry"),
        # negatives: words pushed back against or bristled at are others'; "seem to" is an
        # observer's reading of the group, whose words the quote may be
        (f"The mayor pushed back against “{_PLOY}.”", "a cynical ploy", None),
        (f"The ministry bristled at “{_PLOY}.”", "a cynical ploy", None),
        (f"Players seem to want “{_SCHOOL}.”", "a county where", None),
        (f"The mayor appears convinced that “{_ROAD}.”", "the only road", None),
    ],
)

COLON_AFTER_A_VIEW = cases(
    "clause frames around the speaker",
    [
        (f"Tom Kell disagrees: “{_ROAD}.”", "the only road", "Tom Kell"),
        (f"Ann Weller sees things differently: “{_ROAD}.”", "the only road", "Ann Weller"),
        (f"Ann Weller agrees: “{_ROAD}.”", "the only road", "Ann Weller"),
        # negative: a plural noun after a name labels others' words
        (f"Tom Kell supporters: “{_ROAD}.”", "the only road", None),
    ],
)

_SAID_BEFORE = "Rubio said on Sunday that the count would be close.\n\n"

ONE_WORD_SPEAKER = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"{_SAID_BEFORE}Rubio is confident that “{_ROAD}.”", "the only road", "Rubio"),
        (f"{_SAID_BEFORE}Rubio has long believed that “{_ROAD}.”", "the only road", "Rubio"),
        (f"{_SAID_BEFORE}Rubio had “{_DOUBT}.”", "no doubt at all", "Rubio"),
        ("Voters will decide on Monday, Okafor told reporters.\n\nOkafor takes the view that “" + _ROAD + ".”", "the only road", "Okafor"),
        # negatives: a one-word capital the text gives no other sign of being a name; one that
        # only opens sentences as a thing
        (f"Rubio is confident that “{_ROAD}.”", "the only road", None),
        (f"Research said little.\n\nResearch has long believed that “{_ROAD}.”", "the only road", None),
    ],
)

VIEW33_CASES = DESCRIPTION_VIEWS + GROUP_VIEWS + MADE_PLAIN + NAME_VIEWS + COLON_AFTER_A_VIEW + ONE_WORD_SPEAKER
