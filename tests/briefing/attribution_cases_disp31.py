"""Attribution cases of session 31 (helper disp31): what a reader sees under a quote must be a
name or a description, never garbage; read on the dragnet and dev pools.

* A word in quote marks inside the speaker phrase ('“…,” an “Idol” insider tells the magazine')
  showed the mask's dots ('an "···· ····" insider'): the rules read the paragraph with every
  quoted word blanked (``masking.blank_quoted``, same offsets), and the description was cut from
  that masked text. It is now shown as the paragraph writes it at the same offsets
  (``masking.as_written``; the paragraph before when its colon introduced the quote), or not at
  all.
* A sentence subject whose verb is an irregular past the verb lists did not hold ("The company
  laid off 200 staff", "The mother of Tom Kell wept") ran on to the sentence's end, so a "they"
  or "she" after it showed the subject with its predicate ("the company laid off 200 staff",
  "the mother of Tom Kell wept"). The subject now ends at the verb (``LEADING_VERB`` holds them).
* A determiner's phrase that runs on into a present-tense verb in -s and its object ("The author
  quotes him as saying", "The film shows Tom wanting …") was shown whole ("the author quotes
  him"). It is a clause, no description: it is read as the clause's subject, as the same
  sentence in the past tense already was ("The paper quoted him as saying" -> "the paper").

Negatives: plural nouns after a noun ("the campaign aides Tom Kell and Ann Roe", "the court
papers") are no verb; the subject with a verb the lists already held ("The company announced
…") keeps its reading; a "they" after a company that did something other than speak stays no
one's; a quoted word outside the speaker phrase leaves it as it was. Every case is checked too
against the rule that no shown speaker holds the mask character (test_shown_speakers.py).
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PAY = "Lena is getting paid a great deal of money for the show this year"
_CHOICE = "We had no choice in the matter at all this year"
_BOY = "He was a good boy who never hurt anyone in his life"
_KNEW = "I myself did not know the man at all back then"
_FIGHT = "We will not give up on this fight at all"

QUOTED_WORD_IN_SPEAKER = cases(
    "organisations, documents and groups",
    [
        (f'"{_PAY}," a "Top Chef" insider tells the magazine.', "Lena is getting", 'a "Top Chef" insider'),
        (f"“{_PAY},” a “Top Chef” insider told the magazine.", "Lena is getting", "a “Top Chef” insider"),
        (f"A “Top Chef” insider told the magazine: “{_PAY}.”", "Lena is getting", "a “Top Chef” insider"),
        (f"“{_PAY},” a “Top Chef” producer said.", "Lena is getting", "a “Top Chef” producer"),
        (f"A “Top Chef” insider told the magazine this week:\n\n“{_PAY}.”", "Lena is getting", "a “Top Chef” insider"),
        # negatives: the quoted title outside the speaker phrase; no quoted word at all
        (f"“{_PAY},” an insider on “Top Chef” said.", "Lena is getting", ("an insider on “Top Chef”", "an insider", None)),
        (f"“{_PAY},” a show insider told the magazine.", "Lena is getting", "a show insider"),
        (f"Tom Kell watched “Top Chef” all night. “{_PAY},” he said.", "Lena is getting", "Tom Kell"),
    ],
)

IRREGULAR_PAST_ENDS_SUBJECT = cases(
    "when unsure, say less",
    [
        (f"The company laid off 200 staff. “{_CHOICE},” they said.", "We had no choice", None),
        (f"The mother of Tom Kell wept. “{_BOY},” she said.", "He was a good boy", "the mother of Tom Kell"),
        (f"The sister of Tom Kell fled. “{_BOY},” she said.", "He was a good boy", "the sister of Tom Kell"),
        (f"The workers laid down their tools. “{_CHOICE},” they said.", "We had no choice", "the workers"),
        # negatives: a verb the lists held already; "it" of the company
        (f"The company announced 200 job cuts. “{_CHOICE},” they said.", "We had no choice", "the company"),
        (f"The firm laid off 200 staff. “{_CHOICE},” it said.", "We had no choice", "the firm"),
        (f"The firm laid off 200 staff. “{_CHOICE},” a spokesman said.", "We had no choice", "a spokesman"),
        (f"The mother of Tom Kell spoke to reporters. “{_BOY},” she said.", "He was a good boy", "the mother of Tom Kell"),
    ],
)

VERB_AND_OBJECT_AFTER_NOUN = cases(
    "clause frames around the speaker",
    [
        (f"The paper quotes him as saying, “{_KNEW}.”", "I myself did not", ("the paper", None)),
        (f"The paper quoted him as saying, “{_KNEW}.”", "I myself did not", ("the paper", None)),
        # negatives: plural nouns before a name; a name after a role
        (f"The campaign aides Tom Kell and Ann Roe said: “{_FIGHT}.”", "We will not give up", "Tom Kell and Ann Roe"),
        (f"The team spokesman Tom Kell said: “{_FIGHT}.”", "We will not give up", "Tom Kell"),
        (f"The court papers say: “{_FIGHT}.”", "We will not give up", ("the court papers", None)),
    ],
)

DISP31_CASES = QUOTED_WORD_IN_SPEAKER + IRREGULAR_PAST_ENDS_SUBJECT + VERB_AND_OBJECT_AFTER_NOUN
