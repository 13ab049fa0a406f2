"""Attribution cases of session 24 (tails24): the speaker named in the sentence right after a
quote that closed its own sentence.

A quote ending on its own full stop ('“We will bring it back next year.”') is often credited by
the sentence after it rather than by a cue after a comma. Three families of such sentences gave
no speaker, or let the speaker of an earlier paragraph's quote be carried over onto the quote:

- a bare cue whose verb has an object or a complement but no content of its own: "Smith told
  me.", "Smith tells The Post.", "Smith told reporters on Monday.", "Smith said Monday.", and the
  same with a he or she ("He said in a statement.") or "the" and a speaker's noun ("The senator
  told me.");
- a frame that points back at the words as someone's remarks: "That is how Smith put it.",
  "Smith's remarks came after the vote.", "Smith made the remarks after the vote.", "The words
  were Smith's.", "Smith was speaking / responding / referring …", "Smith, in an interview on
  Monday.", also in the paragraph after a quote-only paragraph and with a pronoun ("He made the
  remarks at a rally.", "His comments came …");
- a subject of a pronoun joined to a name ("he and Jones said", "Jones and he said"): two
  people, shown as no one rather than as one of them.

Negatives keep a wrong name out: a next sentence with content of its own ("Jones told reporters
the vote would wait.", "He said last week he had never met them."), a cue cut off by the next
quote ('“A.” He pledged “B” …'), "made similar remarks", "made the comments public", a quoted
question followed by "X was responding …", a thing as the frame's subject ("The vote was …"), and
a quote that already has its own cue.

Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“We will bring this bill back next year, with more votes behind it.”"
_INTRO = "Senator John Haldane, a Democrat from Ohio, spoke to reporters after the vote on Monday.\n\n"
# a woman's quote in the paragraph before: her turn must not be carried over onto the next quote
_CARRIED = (
    "Senator John Haldane, a Democrat from Ohio, spoke to reporters after the vote on Monday. "
    "“We lost by three votes today,” said Rita Okafor, his colleague from Michigan.\n\n"
)

BARE_CUE_WITH_OBJECT = cases(
    "clause frames around the speaker",
    [
        (_INTRO + _Q + " Haldane told me.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane tells The Courier.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane told reporters on Monday.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane told reporters after the vote.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane told The Associated Press in an interview.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane said Monday.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane told reporters Tuesday night.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Haldane told reporters.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Haldane said in a statement.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " He said in a statement.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " He told me.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " He told reporters on Monday.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " He said.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane wrote on his campaign website.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane told a crowd of supporters.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " The senator told me.", "We will bring this bill", "John Haldane"),
    ],
)

BARE_CUE_NEGATIVES = cases(
    "when unsure, say less",
    [
        # a verb with content of its own opens the next news sentence
        (_INTRO + _Q + " Okafor told reporters the vote would wait until spring.", "We will bring this bill", (None, "John Haldane")),
        (_INTRO + _Q + " Haldane said Monday the vote would wait until spring.", "We will bring this bill", (None, "John Haldane")),
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " She told reporters the vote would wait until spring.",
         "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " He said last week that he had never met the donors.",
         "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " Haldane reiterated in a post that he did not blame the party.",
         "We will bring this bill", None),
        # the cue after the stop is cut off by the next quote: it is that quote's
        ("Rita Okafor and John Haldane met on Monday. “The clinic is closing in May.” He promised “a new clinic by autumn” at "
         "the meeting.", "The clinic is closing", None),
        # a thing, or a group with no article, as the subject: no one the story spoke of
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " The vote said nothing.", "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " Other senators said on Tuesday.", "We will bring this bill",
         None),
        # a verb with its own object after "for", or an auxiliary before it: an act, not a cue
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " The farmers’ union had asked for a delay of a year.",
         "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday. " + _Q + " Okafor asked for a recount.", "We will bring this bill", None),
        # the quote's own cue stands before it
        ("Rita Okafor asked the senator, “Where will the money come from?” Haldane replied in a letter.",
         "Where will the money", "Rita Okafor"),
    ],
)

REMARK_FRAMES = cases(
    "clause frames around the speaker",
    [
        (_INTRO + _Q + " That is how Haldane put it.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " That's how he described it to supporters.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane’s remarks came after the vote.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane’s words came a day after the defeat.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " The senator’s comments were made at a fundraiser in Dayton.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " The words were Haldane’s.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane made the remarks after the vote.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane made those comments in an interview with a local station.", "We will bring this bill",
         "John Haldane"),
        (_INTRO + _Q + " Haldane was speaking at a rally in Dayton.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane was responding to a question about the budget.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane was referring to the farm subsidies.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane, in an interview on Monday.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Haldane, speaking to reporters outside the chamber.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " Those were the words of Haldane on Monday.", "We will bring this bill", "John Haldane"),
    ],
)

REMARK_FRAMES_OVER_A_CARRIED_TURN = cases(
    "speaker stated in another paragraph or clause",
    [
        (_CARRIED + _Q + " That is how Haldane put it.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Haldane made the remarks after the vote.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Haldane’s remarks came after the vote.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " The words were Haldane’s.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Haldane was speaking after the vote.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " Those were the words of Haldane.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " That’s what Haldane told reporters.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + "\n\nHaldane made the remarks at a fundraiser in Dayton.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + "\n\nHaldane was responding to a question about the budget.", "We will bring this bill",
         "John Haldane"),
        # a description there is the carried speaker described again, not someone new (coordinator,
        # after a Gender Gap Tracker page gave "the prosecutor" for the district attorney's words)
        ("“They made him our problem,” District Attorney Rita Okafor said of the parole ruling.\n\n"
         "“He is an extremely dangerous man, and nothing in his record says otherwise.”\n\n"
         "The prosecutor was referring to the board's decision of Nov. 7.", "He is an extremely dangerous", "Rita Okafor"),
    ],
)

REMARK_FRAMES_WITH_PRONOUNS = cases(
    "pronouns and role nouns",
    [
        (_INTRO + _Q + " He made the remarks at a rally in Dayton.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " His remarks came a day after the defeat.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " He was speaking at a fundraiser in Dayton.", "We will bring this bill", "John Haldane"),
        (_INTRO + _Q + " That is how he put it.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + " He made the remarks after the vote.", "We will bring this bill", "John Haldane"),
        (_CARRIED + _Q + "\n\nHis comments came after the vote.", "We will bring this bill", "John Haldane"),
        ("Mayor Ines Corral spoke to the council on Tuesday.\n\n“The buses will run on time from June.” She made the "
         "remarks before the budget vote.", "The buses will run", "Ines Corral"),
    ],
)

REMARK_FRAME_NEGATIVES = cases(
    "when unsure, say less",
    [
        # someone else's similar words, or words made public: not the quote's speaker
        ("Rita Okafor and John Haldane met on Monday.\n\n" + _Q + " Okafor made similar remarks on Tuesday.",
         "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday.\n\n" + _Q + " Okafor made the same remarks on Tuesday.",
         "We will bring this bill", None),
        ("Rita Okafor and John Haldane met on Monday.\n\n" + _Q + " Okafor made the comments public on Tuesday.",
         "We will bring this bill", None),
        # a quoted question: the one responding answered it
        ("Rita Okafor and John Haldane met on Monday.\n\n“Will the bill come back next year?” Haldane was responding to a "
         "reporter.", "Will the bill come back", None),
        # a thing as the frame's subject, no speaker
        ("Rita Okafor and John Haldane met on Monday.\n\n" + _Q + " The vote was referred to a committee.",
         "We will bring this bill", None),
        # a frame inside a sentence that holds the quote: the quote's own cue stands
        ("“We will bring this bill back next year,” Okafor said. Haldane made the remarks on Tuesday.",
         "We will bring this bill", "Okafor"),
    ],
)

COORDINATED_PRONOUN_SUBJECTS = cases(
    "when unsure, say less",
    [
        (_CARRIED + "“We will bring this bill back next year, with more votes,” he and Okafor said.", "We will bring this bill",
         None),
        (_CARRIED + "“We will bring this bill back next year, with more votes,” Okafor and he said.", "We will bring this bill",
         None),
        (_CARRIED + "He and Okafor said, “We will bring this bill back next year, with more votes.”", "We will bring this bill",
         None),
        (_CARRIED + "“We will bring this bill back next year, with more votes,” Haldane and Okafor said.",
         "We will bring this bill", "John Haldane and Rita Okafor"),
        # ", and she claimed" is a clause of its own: her words, not a list of two speakers
        ("Rita Okafor on Monday criticised John Haldane on taxes, and she claimed that his bill was “dead on arrival.”",
         "dead on arrival", "Rita Okafor"),
    ],
)

TAILS24_CASES = (
    BARE_CUE_WITH_OBJECT
    + BARE_CUE_NEGATIVES
    + REMARK_FRAMES
    + REMARK_FRAMES_OVER_A_CARRIED_TURN
    + REMARK_FRAMES_WITH_PRONOUNS
    + REMARK_FRAME_NEGATIVES
    + COORDINATED_PRONOUN_SUBJECTS
)
