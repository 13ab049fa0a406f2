"""Attribution cases of session 34 (helper verb34): a speaker written before the quote in its own
sentence, a verb of our lexicon between them, and something in between that misled the reader;
read on the PolNeAR tuning half and untuned A (quotations and the paraphrase testbed) and GGT A.

* A group in the plural with its examples set off by commas just before the verb, when they
  are a description or a list of plain nouns ("Several unions, including the nurses' union, said
  “…”", "Many mourners, including nurses, teachers and farmers, said “…”"), gave an example as
  the speaker: the subject reader took the nearest phrase before the verb. The aside names
  members of the group that speaks; its words are the group's, so putting them in one member's
  mouth is wrong. The veto that already held for a named example set off so ("Six papers,
  including the Dunmore Herald, said “…”") now holds for any example in such an aside: no
  speaker rather than the member. It also missed every example, named or described, when a
  colon opened the quote ('Six papers, including the Dunmore Herald, said: “…”' gave the
  Herald): the colon was read as the start of a clause of the example's own.

* An opening phrase or clause with no comma after it, then the subject and an adverb of time or
  addition before the verb ("After the vote he then said “…”", "When the meeting ended Ortiz also
  told reporters “…”", "After the vote the mayor later said"), gave nobody, though either alone
  was read ("After the vote Ortiz said", "Ortiz then said"): the subject reader met the adverb
  where it looked for the subject's last word. The adverb stands outside the subject, so the
  subject is read without it (the pronoun's reader already let an -ly adverb stand there).

* The same opening with no comma before a verb of opening, closing or answering and "by saying"
  ("When he returned he began by saying “…”", "After the vote Ortiz opened his speech by saying
  “…”") gave nobody: the participle's subject is the sentence's, which the reader looked for at
  the sentence's start. It is the subject right before that verb, as in "He began by saying".

* What a look or a gesture seemed to say ("his eyes gleaming, as if to say, “…”", "He smiled, as
  though to say: “…”") was given to the paragraph's last speaker, a "he" read again where the
  quote stands: "as if to say" is a lexicon verb in a frame of imagined words, which no one said.
  No speaker.

Negatives: an example with a clause of its own after it ("Critics, including Tom Kell, who
leads …, said:" stays the critics'), a group whose example does not become the speaker ("Local
groups, including their largest chapter, have said:" stays the groups'), a speaker who is not
the example (the governor later in the sentence) and the member speaking alone keep their
readings. A subject before an object and the adverb ("Ann Weller praised the mayor then said")
stays the subject, not the object, and a "he" or "she" with no one named before stays no one's;
a verb that is no opening or answering before "by" ("praised the mayor by saying") is read as
before; a speech verb with an aside that is no "as if" ("said, as he turned to the jury,") and an
"as if" clause of its own ("spoke as if he were already mayor, saying:") keep their speaker. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_UNFIT = "He is not fit to serve as governor any more"

DESCRIBED_EXAMPLE = cases(
    "organisations, documents and groups",
    [
        (f'Several unions, including the nurses\' union, said: "{_UNFIT}."', "He is not fit", ("several unions", None)),
        (f'Several unions, including the nurses\' union, said, "{_UNFIT}."', "He is not fit", ("several unions", None)),
        (f'Three charities in the county, including a food bank, warned: "{_UNFIT}."', "He is not fit", ("three charities", None)),
        (f'Local groups, including their largest chapter, have said: "{_UNFIT}."', "He is not fit", ("local groups", None)),
        (f'Many mourners, including nurses, teachers and farmers, said: "{_UNFIT}."', "He is not fit", ("many mourners", None)),
        (f'Residents of the valley, including Tom Kell and Ana Ruiz, told reporters: "{_UNFIT}."', "He is not fit", ("residents of the valley", "residents", None)),
        # negatives: a named example set off (the veto that held before); a speaker who is no example
        (f'Six papers, including the Dunmore Herald, said: "{_UNFIT}."', "He is not fit", None),
        (f'Several unions, including the nurses\' union, backed the strike, and Gov. Ann Weller said: "{_UNFIT}."', "He is not fit", "Ann Weller"),
        (f'The nurses\' union said: "{_UNFIT}."', "He is not fit", "the nurses' union"),
        (f'Critics, including Tom Kell, who leads the nurses\' union, said: "{_UNFIT}."', "He is not fit", ("critics", None)),
    ],
)

_RESIGN = "I do not think it is necessary for anyone to resign"

ADVERB_AFTER_OPENER = cases(
    "long material between quote, speaker and verb",
    [
        (f'Gov. Sam Ortiz met the council on Tuesday. After the vote he then said, "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'Gov. Sam Ortiz met the council on Tuesday. When the meeting ended he also told reporters: "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'Gov. Sam Ortiz met the council on Tuesday. After the vote he again said, "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'The council met on Tuesday. After the vote Gov. Sam Ortiz then said, "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'The council met on Tuesday. When the meeting ended Ortiz also told reporters, "{_RESIGN}."', "I do not think", "Ortiz"),
        (f'The council met on Tuesday. After the vote the mayor later said, "{_RESIGN}."', "I do not think", "the mayor"),
        (f'The council met on Tuesday. In a statement the union also said: "{_RESIGN}."', "I do not think", "the union"),
        # negatives: the subject before an object and the adverb; a pronoun of no one named; a
        # subordinate clause whose own subject is not the main clause's
        (f'The council met on Tuesday. Ann Weller praised the mayor then said, "{_RESIGN}."', "I do not think", "Ann Weller"),
        (f'The council met on Tuesday. After the vote he then said, "{_RESIGN}."', "I do not think", None),
        (f'The crowd booed Gov. Sam Ortiz then chanted, "{_RESIGN}."', "I do not think", ("the crowd", None)),
    ],
)

OPENED_BY_SAYING = cases(
    "speech verbs in every form",
    [
        (f'Gov. Sam Ortiz met the council on Tuesday. When he returned he began by saying, "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'Gov. Sam Ortiz met the council on Tuesday. After the vote he opened his speech by saying: "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'The council met on Tuesday. After the vote Gov. Sam Ortiz responded by saying, "{_RESIGN}."', "I do not think", "Sam Ortiz"),
        (f'The council met on Tuesday. When the meeting ended the mayor closed by saying, "{_RESIGN}."', "I do not think", "the mayor"),
        # negatives: a verb of no opening or answering before "by" (the object may be who
        # speaks, or no one); a pronoun of no one named before
        (f'The council met on Tuesday. After the vote Ann Weller praised the mayor by saying, "{_RESIGN}."', "I do not think", ("Ann Weller", None)),
        (f'The council met on Tuesday. When she returned she began by saying, "{_RESIGN}."', "I do not think", None),
    ],
)

_PULLED_OFF = "Did you see me pull that off in front of everyone?"

AS_IF_TO_SAY = cases(
    "when unsure, say less",
    [
        (f'Gov. Sam Ortiz took the stand. He turned to the jury and smiled, as if to say, "{_PULLED_OFF}"', "Did you see", None),
        (f'Gov. Sam Ortiz took the stand. His eyes gleaming, Ortiz looked at me as though to say: "{_PULLED_OFF}"', "Did you see", None),
        (f'Gov. Sam Ortiz took the stand. "We won," he said. His face lit up, as if saying, "{_PULLED_OFF}"', "Did you see", None),
        # negatives: a verb of saying with an aside that is no "as if"; an "as if" clause of its own
        (f'Gov. Sam Ortiz took the stand and said, as he turned to the jury, "{_PULLED_OFF}"', "Did you see", "Sam Ortiz"),
        (f'Gov. Sam Ortiz spoke as if he were already mayor, saying: "{_PULLED_OFF}"', "Did you see", "Sam Ortiz"),
    ],
)

VERB34_CASES = DESCRIBED_EXAMPLE + ADVERB_AFTER_OPENER + OPENED_BY_SAYING + AS_IF_TO_SAY
