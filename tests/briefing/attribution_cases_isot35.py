"""Attribution cases of session 35 (helper isot35): quotes with the speaker before the quote in
its own sentence that our rules left with no speaker (or gave a wrong one), read on the Reuters
pool (isot), the BBC tuning half and the fundus pages.

* A subject whose head noun the writer set off in quote marks ('The “memos” also claimed that
  Dorfman “…”') gave the name after "that": the quoted subject was taken for a quote of its own,
  whose verb after it ("claimed") was read as inverted with "that Dorfman" as its speaker; and
  the subject itself was dropped as a quoted title's mask. A verb's own "that" right after it
  opens its complement, whose subject is what is reported on, never an inverted speaker; and a
  lower-case noun in quote marks is still the subject who speaks (shown as written). A
  capitalised one ('The “Crown”') is a title, as before.
* A description with more modifiers stacked before its head than the plain reader takes (six
  words after a determiner, four after an owner) gave nobody: 'a May 2019 City Hall inspector
  general report found that “…”', 'Norway’s flagship TV news show said'. Only modifiers
  (capitals, numbers, content words) before a body's, a document's or a person's noun or a news
  programme, at most eight words.
* The same owned phrase as a clause's subject before a participle ('Norway’s TV news show took a
  similar line, saying “…”') gave the capitalised modifier as a name ("TV"), or nobody when a
  lower-case modifier came first: the owned noun's phrase is the subject.

Negatives: a verb's "that evening" is a time ('“…,” said that evening Tom Kell' stays Kell's); a
name after "said that" in an ordinary reported clause with its own verb of saying stays the
quoted one ('said that Dorfman told him: “…”'); a capitalised quoted head is a title, no one; an
owner and a name before the verb stays the name ('Acme’s Kell said …'); a long phrase with a
preposition or a head that is no speaker's stays unread. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_OSLO = "never worked in Oslo or for the city"
_TRADE = "centered on trade with the Baltic states"

QUOTED_SUBJECT_NOUN = cases(
    "when unsure, say less",
    [
        (f"The “memos” also claimed that Dorfman “{_OSLO},” that his work was “{_TRADE}.”", "never worked", "the “memos”"),
        (f"The “memos” also claimed that Dorfman “{_OSLO},” that his work was “{_TRADE}.”", "centered on", "the “memos”"),
        (f"The “experts” also argued that Ann Lind “{_OSLO}.”", "never worked", ("the “experts”", None)),
        # negatives: the name after "that" reported as speaking; a quoted title; "that" as a time
        (f"The lawyer said that Dorfman told him: “I {_OSLO}.”", "I never worked", "Dorfman"),
        (f"The “Crown” also claimed that Dorfman “{_OSLO}.”", "never worked", None),
        ("“We will win,” said that evening Tom Kell.", "We will win", ("Tom Kell", None)),
        ("“We will win,” said Tom Kell.", "We will win", "Tom Kell"),
    ],
)

_FRAUD = "organized fraud rings posing as travel agents"
_NOTHING = "now clear that there was nothing"

STACKED_MODIFIERS = cases(
    "organisations, documents and groups",
    [
        (f"A May 2019 City Hall inspector general report found that “{_FRAUD}” had taken over the scheme.", "organized fraud",
         "a May 2019 City Hall inspector general report"),
        (f"A 2019 City Hall inspector general report found that “{_FRAUD}” had taken over the scheme.", "organized fraud",
         "a 2019 City Hall inspector general report"),
        (f"Norway’s flagship TV news show said it was “{_NOTHING}” to the claims.", "now clear", "Norway’s flagship TV news show"),
        (f"Norway’s main evening news programme said it was “{_NOTHING}” to the claims.", "now clear", "Norway’s main evening news programme"),
        (f"Norway’s flagship TV news show took a similar line on Monday, saying it was “{_NOTHING}” to the claims.", "now clear",
         "Norway’s flagship TV news show"),
        (f"Norway’s TV news show took a similar line on Monday, saying it was “{_NOTHING}” to the claims.", "now clear",
         "Norway’s TV news show"),
        (f"Acme’s Berlin research office took a similar line, saying it was “{_NOTHING}” to the claims.", "now clear",
         "Acme’s Berlin research office"),
        # negatives: a preposition inside the long phrase; a head that is no speaker's; an owner
        # and a name before the verb
        (f"The report on the contract from the council found that “{_FRAUD}” had taken over.", "organized fraud",
         ("the report", None)),
        (f"Norway’s flagship TV news weather chart said it was “{_NOTHING}” to the claims.", "now clear", None),
        (f"Acme’s Kell said the firm knew. “It was {_NOTHING},” he said.", "It was now", "Kell"),
        (f"Acme’s Ann Kell later said “it was {_NOTHING}.”", "it was now", "Ann Kell"),
    ],
)

ISOT35_CASES = QUOTED_SUBJECT_NOUN + STACKED_MODIFIERS
