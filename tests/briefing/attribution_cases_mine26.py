"""Attribution cases of session 26 (coordinator): a name set off by dashes after an inverted
description; a kicker before a run-in heading;
the owner of a noun of saying after "the mention of"; a bare cue after a closed quote.

"said his lawyer, Ann Pike," names Ann Pike; with dashes instead of commas ("said his lawyer —
Ann Pike — after the hearing", or the typed " -- " of wire copy and e-mail) the description was
shown, or, with the typed dash, nobody. A dash sets off an appositive exactly as commas do.

Negatives: an aside between dashes that is no name ("— a former prosecutor —", "-- and there
were many that day --") leaves the description; a name before the dashes keeps its own reading
("said Reyes — the mayor —").

A live blog's kicker before a run-in heading ("BREAKING: WELLER “…”", "UPDATE: Weller “…”") hid
the heading behind its colon; the kicker (a word of ``speaker_labels.NOT_SPEAKER_LABELS``) is now
set aside and the heading read as without it. Negatives: a topic or a place after the kicker.

"The crowd cheered at the mention of the mayor’s promise: “…”" gave the crowd: "mention" after
"the" and before "of" was read as the verb of saying. A form between a determiner and "of" heads
a noun phrase, and the owner of the possessive noun ending the clause is found after "of" as after
"by" or "to" (``word_owners._DESCRIPTION_ENDING_OWNER``). Negatives: no owner ("the mention of the
promise"), several owners ("the officials’ plan").

A quote closed by a full stop, then a bare cue with a comma or an adverb of manner ("“No
comment.” Weller said, before walking away.", "Weller said quietly.") gave no speaker, and a
reply's cue set after its first words ('“Yes.” Weller replied, “I have …”') left "Yes." to the
one who asked. Negatives: a cue with content of its own ("Weller said, the plan was dead"), a
verb whose object is the next quote ("Weller pledged “…”"), and "Weller said, “We …”" after
another speaker's turn, which introduces the next quote only; a question with its own cue before it
("Reyes asked Weller whether “….” Weller responded, “…”").

"Reporters asked Ann Weller about the plan: “I have said all …”" gave the reporters, a group, for
words in the first person: after a question put to a person and its colon, a quote that asks
nothing is the answer, so the asker is no speaker (as was already so when the question's sentence
closes before the quote). Negatives: the quote is the question ("“Will you sign …?”"), the
question is put to no named person ("asked voters for patience:"), the colon is another
verb's ("When reporters asked Weller about the plan, she said:").

Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“I did nothing wrong and I will prove it in court,”"

DASHED_APPOSITIVES = cases(
    "long material between quote, speaker and verb",
    [
        (f"Tom Reyes was calm. {_Q} said his lawyer — Ann Pike — after the hearing.", "I did nothing wrong", "Ann Pike"),
        (f"Tom Reyes was calm. {_Q} said his lawyer -- Ann Pike -- after the hearing.", "I did nothing wrong", "Ann Pike"),
        (f"Tom Reyes was calm. {_Q} said his lawyer -- Ann Pike.", "I did nothing wrong", "Ann Pike"),
        (f"Tom Reyes was calm. {_Q} said his lawyer – Ann Pike – outside the court.", "I did nothing wrong", "Ann Pike"),
        (f"The mayor resigned. {_Q} added a spokeswoman for the city — Dana Ruiz — on Friday.", "I did nothing wrong", "Dana Ruiz"),
        (f"Tom Reyes was calm. {_Q} said his lawyer — a former prosecutor — after the hearing.", "I did nothing wrong",
         "his lawyer"),
        (f"The mayor left. {_Q} said a spokesman -- and there were many that day -- for the city.", "I did nothing wrong",
         "a spokesman"),
        (f"Tom Reyes was calm. {_Q} said Reyes — the mayor — after the hearing.", "I did nothing wrong", "Tom Reyes"),
    ],
)

_DEBATE = "Ann Weller and Tom Reyes debated on Monday night.\n\n"
_TAXES = "“I will not raise taxes on working families, not this year and not next year.”"

KICKER_BEFORE_HEADING = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"{_DEBATE}BREAKING: WELLER {_TAXES}", "I will not raise taxes", "Ann Weller"),
        (f"{_DEBATE}UPDATE: Weller {_TAXES}", "I will not raise taxes", "Ann Weller"),
        (f"{_DEBATE}Exclusive: Reyes on taxes {_TAXES}", "I will not raise taxes", "Tom Reyes"),
        (f"{_DEBATE}BREAKING: THE WALL {_TAXES}", "I will not raise taxes", None),
        (f"{_DEBATE}BREAKING: MEXICO {_TAXES}", "I will not raise taxes", None),
    ],
)

_CARD = "“Every child in this city will have a library card by the end of the year.”"

OWNER_AFTER_A_NOUN_OF = cases(
    "organisations, documents and groups",
    [
        (f"Mayor Tom Reyes spoke for an hour. The crowd cheered at the mention of the mayor’s promise: {_CARD}",
         "Every child in this city", ("Tom Reyes", "the mayor")),
        (f"Mayor Tom Reyes spoke. The hall fell silent at the reading of the mayor’s pledge: {_CARD}",
         "Every child in this city", ("Tom Reyes", "the mayor")),
        (f"Mayor Tom Reyes spoke for an hour. The crowd cheered at the mention of the promise: {_CARD}",
         "Every child in this city", None),
        (f"Ann Weller was there. The crowd booed at the mention of the officials’ plan: {_CARD}", "Every child in this city", None),
    ],
)

_MET = "Ann Weller and Tom Reyes met on Monday.\n\n"

CUE_AFTER_A_CLOSED_QUOTE = cases(
    "long material between quote, speaker and verb",
    [
        (f"{_MET}“Will you run again?” Reyes asked.\n\n“Yes.” Weller replied, “I have unfinished business in this city.”",
         "Yes.", "Ann Weller"),
        (f"{_MET}“Will you run again?” Reyes asked. “No.” Weller answered calmly, “not this time.”", "No.", "Ann Weller"),
        # every verb of answering (one list, ``speech_lexicon.ANSWER_VERBS``, since session 27)
        (f"{_MET}“Not at all.” Weller countered, “I have cut the budget every year since I took office.”",
         "Not at all.", "Ann Weller"),
        (f"{_MET}“Never.” Weller retorts, “this city will not pay for a stadium it does not need.”",
         "Never.", "Ann Weller"),
        (f"{_MET}“No comment.” Weller said, before walking away from the reporters.", "No comment.", "Ann Weller"),
        (f"{_MET}“We lost the vote.” Weller said quietly.", "We lost the vote.", "Ann Weller"),
        (f"{_MET}“We lost the vote,” Reyes said. “The council will decide.” Weller said, “We will be back next year.”",
         "The council will decide.", ("Tom Reyes", None)),
        (f"{_MET}“No comment.” Weller said, the plan was dead.", "No comment.", None),
        (f"{_MET}“We lost the vote.” Weller pledged “a new bill by the end of the month.”", "We lost the vote.", None),
        (f"{_MET}Reyes asked Weller whether “the council had seen the letter before the vote.” Weller responded, “I did not.”",
         "the council had seen", "Tom Reyes"),
    ],
)

_PRESSER = "Ann Weller held a news conference on Monday. "
_SAID_ALL = "“I have said all I am going to say about the contract and the people who signed it.”"

ANSWER_AFTER_A_QUESTION_PUT = cases(
    "when unsure, say less",
    [
        (f"{_PRESSER}Reporters asked Weller about the plan: {_SAID_ALL}", "I have said all", (None, "Ann Weller")),
        (f"{_PRESSER}Reporters pressed Weller on her plan: {_SAID_ALL}", "I have said all", (None, "Ann Weller")),
        (f"{_PRESSER}Tom Reyes questioned Weller about the plan: {_SAID_ALL}", "I have said all", (None, "Ann Weller")),
        (f"{_PRESSER}Reporters asked Weller about the plan: “Will you sign the contract before the end of the month?”",
         "Will you sign", "reporters"),
        (f"{_PRESSER}Weller asked voters for patience: “The contract will be signed by the end of the month, I promise.”",
         "The contract will be signed", "Ann Weller"),
        (f"{_PRESSER}When reporters asked Weller about the plan, she said: “The contract will be signed by the end of the month.”",
         "The contract will be signed", "Ann Weller"),
    ],
)

MINE26_CASES = [
    *DASHED_APPOSITIVES,
    *KICKER_BEFORE_HEADING,
    *OWNER_AFTER_A_NOUN_OF,
    *CUE_AFTER_A_CLOSED_QUOTE,
    *ANSWER_AFTER_A_QUESTION_PUT,
]
