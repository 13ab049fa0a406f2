"""Attribution cases of session 32 (helper colon32): quotes framed by a noun or a preposition
rather than a verb, and by labels and signatures, that our rules left with no speaker (found by
listing the no-speaker pairs of the tuning half and A, quotations and paraphrases put in quote
marks, whose annotated cue is no speech verb, and the readable pools' no-speaker quotes).

* A possessive before a noun of calling, proposing or promising and "for" or "of" right before the quote
  ("Ann Weller's call for “…”", "Tom Reyes's promise of “…”", "ignored the union's call for “…”")
  gave nobody: the claim reader knew "call to", "promise that", not the noun phrase's object.
* "In X's eyes" and "In X's mind", the view "of" someone ("In the view of Ann Weller,", "In the
  eyes of Tom Reyes,"), "By X's own account," and the view after the quote ("“…” in her eyes.")
  credit the sentence's words as "In X's view" before the quote already did.
* A noun of saying set off by dashes after an adverb of time ("Bill Tran's stock answer then —
  “…” —"), and one owned after "of" ("The slogan of the Green Party, “…,”"), gave nobody or the
  noun itself ("the slogan"); so did a possessive introduction whose noun has its topic after
  "concerning" and a copula with three words before the colon ("Tom Reyes's bottom line
  concerning the rivals he would not endorse was the right one: “…”").
* A sentence opening on a source phrase and its comma with the quote right after: "Under" a
  text with wording of its own ("Under Missouri law, “…”", "Under the Clean Water Act,"), "In"
  a poll or survey ("In a new Fox News poll, “…”", also closing the clause: "“…” in a new Fox
  News poll.", "“…” in latest poll."), "For" or "To" a person named ("For Ann Weller, “…”"): the law, the poll, the
  person whose view it is (``opening_sources``).
* A label in capitals whose given name is three letters or fewer ("ANN WELLER:", "TOM REYES:")
  was shown half re-cased ("ANN Weller"): a short word was kept as an acronym.
* A dash signature after a quote whose full stop stands after the closing mark ("“…”. — Ann
  Weller", an embedded post's "“…”. pic.twitter.com/… — Ann Weller (@annweller) …") was not read.

* Wrong names beside them: a bare plural "calls" met or turned away by the subject ("The
  council rejected calls for “…”", "heard calls for", "dismissed the calls for") gave the
  subject ("the council", even "the council heard", "heard" read inside a noun phrase): "call"
  is no speech lemma, so its noun was not known as others' words, and "for" or "from" did not
  complete it. A quote completing the noun of a fronted phrase of circumstance ("Amid calls for
  “…”, Ann Weller resigned.") gave the main clause's subject: that clause is the sentence's own,
  no cue of the quote's. A speech-verb form owned after the quote ("“…” over Ann Weller's
  caution.") was read as an inverted cue, "caution" her verb.

Negatives: a noun of calling whose object is not the quote ("Weller's call for calm after “…”");
a view "of" something that does not speak ("In the eyes of the law,"); the writer's inference
from someone's logic ("By Ann Weller's own logic,") or a measure ("By some measures,"); a title or work owned
("Tom Reyes's memoir, “…,”", "Tom Reyes's new song, “…,”"); "Under" what has no wording ("Under the
deal,", "Under pressure,"); "In" a channel or the owner's text ("In a statement,", "In its
report,"); "For" or "To" what is no one person named ("For years,", "For China,", "To the
children,", "For many voters,", "To Tom Reyes's surprise,"); a speech verb after the quote
names its speaker over the opening phrase (and over a fronted phrase of circumstance: "Despite
warnings that “…,” said Ann Weller,"); the subject's own calls ("Ann Weller renewed calls for");
labels that are no name ("Update:", "Read more:",
"Watch:", a dateline); a dash after a stop that opens a sentence, not a signature. Invented
names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_WAGE = "a fair wage for every worker in every town of the county"
_BRIDGE = "a new bridge for every town in the county"

CALL_FOR_PROMISE_OF = cases(
    "organisations, documents and groups",
    [
        (f"Ann Weller's call for “{_WAGE}” was ignored by the council.", "a fair wage", "Ann Weller"),
        (f"The council ignored the union's call for “{_WAGE}”.", "a fair wage", "the union"),
        (f"Tom Reyes made a promise to the voters in March. But Tom Reyes's promise of “{_BRIDGE}” has not been kept.", "a new bridge", "Tom Reyes"),
        (f"Few remember Senator Ann Weller's plea for “{_WAGE}” in the spring.", "a fair wage", "Ann Weller"),
        (f"All the more reason to consider Tom Reyes's proposal for “{_BRIDGE}”.", "a new bridge", "Tom Reyes"),
        # negatives: the quote is not what was called for; a title owned
        (f"Ann Weller's call for calm after “{_WAGE}” became a slogan drew no answer.", "a fair wage", None),
        ("Tom Reyes's memoir, “Why I never borrowed for a car, and why you should not either,” sold well.", "Why I never borrowed", None),
        ("Tom Reyes's new song, “Never Borrow For A Car, My Friend,” tops the charts this week.", "Never Borrow", None),
    ],
)

_MONEY = "the council never had the money for the bridge in the first place"

EYES_AND_VIEW_OF = cases(
    "clause frames around the speaker",
    [
        (f"In Ann Weller's eyes, “{_MONEY}”.", "the council never", "Ann Weller"),
        (f"In Ann Weller's mind, “{_MONEY}”.", "the council never", "Ann Weller"),
        (f"In the view of Ann Weller, “{_MONEY}”.", "the council never", "Ann Weller"),
        (f"In the eyes of Tom Reyes, the mayor of Dunmore, “{_MONEY}”.", "the council never", "Tom Reyes"),
        (f"Ann Weller spoke last. In her eyes, “{_MONEY}”.", "the council never", "Ann Weller"),
        (f"By Ann Weller's own account, “{_MONEY}”.", "the council never", "Ann Weller"),
        (f"Ann Weller is hostile to the council, which means that “{_MONEY}” in her eyes.", "the council never", "Ann Weller"),
        (f"The council met on Monday. “{_MONEY},” in Ann Weller's view.", "the council never", "Ann Weller"),
        # negatives: the view of what does not speak; a speech verb after the phrase; the
        # writer's inference from someone's argument; a measure that is no one's
        (f"In the eyes of the law, “{_MONEY}”.", "the council never", None),
        (f"By Ann Weller's own logic, “{_MONEY}”.", "the council never", None),
        (f"By some measures, “{_MONEY}”.", "the council never", None),
        (f"In the view of Ann Weller, Tom Reyes said “{_MONEY}”.", "the council never", "Tom Reyes"),
    ],
)

_DEALINGS = "I never had any dealings with the firm or its owners"
_TREE = "A tree for every child in every town"

APPOSED_OWNED_WORDS = cases(
    "organisations, documents and groups",
    [
        (f"Bill Tran's stock answer then — “{_DEALINGS}” — is likely to be repeated.", "I never had", "Bill Tran"),
        (f"Bill Tran's answer at the time — “{_DEALINGS}” — did not hold.", "I never had", "Bill Tran"),
        (f"The rally was loud. The slogan of the Green Party, “{_TREE},” was on every banner.", "A tree for every", "the Green Party"),
        (f"The answer of the defence minister — “{_DEALINGS}” — surprised many.", "I never had", "the defence minister"),
        (f"The message of Ann Weller: “{_DEALINGS}.”", "I never had", "Ann Weller"),
        (f"Tom Reyes's bottom line concerning the rivals he would not endorse on Wednesday was the right one: “{_DEALINGS}.”",
         "I never had", "Tom Reyes"),
        (f"Ann Weller's answer was not the expected one: “{_DEALINGS}.”", "I never had", (None, "Ann Weller")),
        # negatives: the owner after "of" is no one who speaks
        (f"The line of the day, “{_TREE},” came from a child in the crowd.", "A tree for every", None),
        (f"The slogan of the year, “{_TREE},” was painted on a wall.", "A tree for every", (None, "the slogan")),
    ],
)

_RECOUNT = "candidates trailing by less than half a percent have the right to a recount"
_LEAD = "Tom Reyes leads Ann Weller by eight points among older voters"
_PAY = "the council cannot pay for the bridge and should not pretend otherwise"

OPENING_SOURCES = cases(
    "organisations, documents and groups",
    [
        (f"Under Missouri law, “{_RECOUNT}”.", "candidates trailing", "Missouri law"),
        (f"Under the Clean Water Act, “{_RECOUNT}”.", "candidates trailing", "the Clean Water Act"),
        (f"Under the new rules, “{_RECOUNT}”.", "candidates trailing", "the new rules"),
        (f"In a new Fox News poll, “{_LEAD}”.", "Tom Reyes leads", "a new Fox News poll"),
        (f"In the new Morning Consult poll, conducted March 11-13, “{_LEAD}”.", "Tom Reyes leads", "the new Morning Consult poll"),
        (f"“{_LEAD}” in a new Fox News poll released Thursday.", "Tom Reyes leads", "a new Fox News poll"),
        (f"“{_LEAD}”, in the survey, taken July 11-14.", "Tom Reyes leads", "the survey"),
        (f"“{_LEAD}” in latest poll.", "Tom Reyes leads", "latest poll"),
        (f"Ann Weller skated outside the park for years. For Ann Weller, “{_PAY}”.", "the council cannot", "Ann Weller"),
        (f"To Tom Reyes, who has studied the rallies for years, “{_PAY}”.", "the council cannot", "Tom Reyes"),
        (f"For Sen. Ann Weller, “{_PAY}”.", "the council cannot", "Ann Weller"),
        # negatives: no text with wording; a channel or the owner's text; no one person named; a
        # speech verb after the quote names the speaker; a respondent's words in a poll
        (f"Under the deal, “{_RECOUNT}”.", "candidates trailing", None),
        (f"Under pressure, “{_PAY}”.", "the council cannot", None),
        (f"In a statement, “{_PAY}”.", "the council cannot", None),
        (f"In its report, “{_PAY}”.", "the council cannot", None),
        (f"For now, “{_PAY}”.", "the council cannot", None),
        (f"For China, “{_PAY}”.", "the council cannot", None),
        (f"To the children, “{_PAY}”.", "the council cannot", None),
        (f"For many voters, “{_PAY}”.", "the council cannot", None),
        (f"To Tom Reyes's surprise, “{_PAY}”.", "the council cannot", None),
        (f"For Ann Weller, “{_PAY},” said Tom Reyes.", "the council cannot", "Tom Reyes"),
        (f"“{_LEAD},” Ann Weller said in a new Fox News poll.", "Tom Reyes leads", "Ann Weller"),
    ],
)

_OTHERWISE = "We cannot pay for this and we will not pretend otherwise"

LABELS_AND_SIGNATURES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f"ANN WELLER: “{_OTHERWISE}.”", "We cannot pay", "Ann Weller"),
        (f"The mayor took questions.\n\nTOM REYES: “{_OTHERWISE}.”", "We cannot pay", "Tom Reyes"),
        (f"AL GORDON: “{_OTHERWISE}.”", "We cannot pay", "Al Gordon"),
        (f"“{_OTHERWISE}”. — Ann Weller, mayor of Dunmore", "We cannot pay", "Ann Weller"),
        (f"“{_OTHERWISE}”. pic.twitter.com/Xy12Ab — Ann Weller (@annweller) July 5, 2016", "We cannot pay", "Ann Weller"),
        # negatives: labels that name no one; a dash after the stop opening a sentence
        (f"Update: “{_OTHERWISE}.”", "We cannot pay", None),
        (f"Read more: “{_OTHERWISE}”", "We cannot pay", None),
        (f"Watch: “{_OTHERWISE}.”", "We cannot pay", None),
        (f"Dunmore, Ohio: “{_OTHERWISE}.”", "We cannot pay", None),
        (f"“{_OTHERWISE}”. — The bridge was never built.", "We cannot pay", None),
    ],
)

OTHERS_CALLS = cases(
    "when unsure, say less",
    [
        # the calls are others' words, met or turned away by the subject, or the circumstance of
        # the main clause after them
        (f"The council rejected calls for “{_WAGE}”.", "a fair wage", None),
        (f"The council heard calls for “{_WAGE}”.", "a fair wage", None),
        (f"The council rejected calls from the union for “{_WAGE}”.", "a fair wage", None),
        (f"The council dismissed the calls for “{_WAGE}”.", "a fair wage", None),
        (f"The mayor heard shouts of “{_WAGE}” from the back of the hall.", "a fair wage", None),
        (f"Amid calls for “{_WAGE}”, Ann Weller resigned.", "a fair wage", None),
        (f"Amid demands for “{_WAGE}”, Ann Weller said the town would recover.", "a fair wage", None),
        (f"Despite warnings that “{_MONEY}”, the council voted yes.", "the council never", None),
        # positives beside them: the subject's own calls; the main clause after a comma; a cue
        (f"Ann Weller renewed calls for “{_WAGE}”.", "a fair wage", "Ann Weller"),
        (f"Ann Weller calls for “{_WAGE}”.", "a fair wage", "Ann Weller"),
        (f"Amid the chaos, “{_MONEY},” Ann Weller said.", "the council never", "Ann Weller"),
        (f"Despite warnings that “{_MONEY},” said Ann Weller, the council voted yes.", "the council never", "Ann Weller"),
        (f"Despite her pledge of “{_WAGE}”, Ann Weller resigned.", "a fair wage", "Ann Weller"),
        # a speech-verb form owned after the quote is a noun, no cue ("over Ann Weller's caution");
        # one word called for may be the writer's label ("Tom Reyes's call for “revolution”")
        ("Perhaps young voters prefer Tom Reyes's call for “revolution” over Ann Weller's caution.", "revolution", None),
        (f"Voters liked “{_WAGE}” more than Ann Weller's promises.", "a fair wage", None),
        (f"“{_OTHERWISE},” Ann Weller's aide warns.", "We cannot pay", "Ann Weller's aide"),
        (f"“{_OTHERWISE},” Ann Weller warns.", "We cannot pay", "Ann Weller"),
    ],
)

COLON32_CASES = OTHERS_CALLS + CALL_FOR_PROMISE_OF + EYES_AND_VIEW_OF + APPOSED_OWNED_WORDS + OPENING_SOURCES + LABELS_AND_SIGNATURES
