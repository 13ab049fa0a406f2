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

* Verbs of passing a message on ("conveyed to Jansen in a May 3 meeting that “…”", "relayed
  that", "communicated to Oslo that") were no speech verbs: with the message's "that", its colon
  or the one it went to they report words, as "told" does; with a thing as their object alone
  ("the truck conveyed crates marked “…”") they do not.
* A sentence opening on the document the words are in, without a subject of its own but an "it"
  with no referent ("In her profile on the charity’s website it says she was “…”", "In the
  letter, it says that …"): the document's words.
* A plural's bare verb of a view or an intention before "to" ("The unions refuse to back the
  plan, saying …") was read into the subject ("the unions refuse"): the plural's present tense
  ends the phrase.

* A speech verb's -ed form after a lower-case owner ("if the bill’s proposed refund … is not
  raised, “…”") was read as the clause's verb, with the owner ("the bill’s") as its speaker, over
  the verb of saying before the fronted condition: before a bare noun it is the owner's modifier.
* A subject with an object relative clause on it ("The group that Ann Roe founded said that
  “…”") gave the relative clause's subject (Ann Roe), a wrong name; the subject with its clause
  speaks (a thing that is no speaker, no one). A speech verb inside such a clause before the
  subject's own verb of a document ("The report … that the council wrote found that “…”") or
  before a quote that goes on as the head noun's predicate ("Kell said the report that the
  council wrote “was a whitewash”") is not the quote's cue.

* "Labour" (a word of titles too, "Labour Secretary", which the name cleaner strips) alone as the
  subject gave nobody: the party, shown as written.
* A source's aside "as X puts it" set off by dashes ("to — as Kell puts it — “…”") gave nobody
  (an aside's verb before the sentence's own): with nothing but the quote (or its "to") after the
  closing dash, the aside gives the words' source, as with commas.

* People whose finding is a report of its own ("researchers found that “…”") were read only as a
  description with a lower-case head: a bare plural opening the sentence ("Investigators found
  that") was read as a name for its capital, and a title with a post-positive "general" ("the
  inspector general found that") had "general" for its head.

Negatives: a verb's "that evening" is a time ('“…,” said that evening Tom Kell' stays Kell's); a
name after "said that" in an ordinary reported clause with its own verb of saying stays the
quoted one ('said that Dorfman told him: “…”'); a capitalised quoted head is a title, no one; an
owner and a name before the verb stays the name ('Acme’s Kell said …'); a long phrase with a
preposition or a head that is no speaker's stays unread; a place or a year opening the sentence
before "it says" is no document, and an "it" with a body before it is that body's; the singular's
-s verb and a possessive before "support" keep their readings. Invented names and wording throughout.
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

_FOCUS = "a principal focus of the firm was a better deal with lenders"

PASSING_A_MESSAGE_ON = cases(
    "speech verbs in every form",
    [
        (f"According to the records, the manager conveyed to Jansen in a May 3, 2019, meeting that “{_FOCUS}.”", "a principal focus",
         "the manager"),
        (f"The manager conveyed that “{_FOCUS}.”", "a principal focus", "the manager"),
        (f"Ann Roe relayed to the board that “{_FOCUS}.”", "a principal focus", "Ann Roe"),
        (f"The envoy communicated to Oslo that “{_FOCUS}.”", "a principal focus", "the envoy"),
        (f"The envoy conveyed: “{_FOCUS}.”", "a principal focus", "the envoy"),
        # negatives: the verbs with a thing as their object, no message
        ("The truck conveyed crates that were marked “fragile and urgent.”", "fragile and", None),
        ("The pipes relay water to homes marked “priority supply.”", "priority supply", None),
    ],
)

_JAILED = "jailed in 2012 for protesting outside a factory"

FRONTED_DOCUMENT_IT = cases(
    "organisations, documents and it",
    [
        (f"In her profile on the charity’s website it says she was “{_JAILED}.”", "jailed in", "her profile"),
        (f"In his biography on the club’s website it says he was “{_JAILED}.”", "jailed in", "his biography"),
        (f"In the letter, it says that she was “{_JAILED}.”", "jailed in", "the letter"),
        # negatives: a place or a year opening the sentence; an "it" with a body to go back to
        (f"In Oslo it says she was “{_JAILED}.”", "jailed in", None),
        (f"In 2019, it said she was “{_JAILED}.”", "jailed in", None),
        (f"The charity posted a note.\n\nIn the letter, it says that she was “{_JAILED}.”", "jailed in", "the charity"),
    ],
)

_BETRAYAL = "a betrayal of every worker in this town"

PLURAL_BARE_VIEW_VERB = cases(
    "organisations, documents and groups",
    [
        (f"The unions refuse to back the plan, saying it is “{_BETRAYAL}.”", "a betrayal", "the unions"),
        (f"The activists want to stop the plan, saying it is “{_BETRAYAL}.”", "a betrayal", "the activists"),
        (f"Local teachers hope to stop the plan, saying it is “{_BETRAYAL}.”", "a betrayal", "local teachers"),
        # negatives: the singular's -s verb as before; the plural's verb known already
        (f"The union plans to stop the plan, saying it is “{_BETRAYAL}.”", "a betrayal", "the union"),
        (f"The unions refused to back the plan, saying it is “{_BETRAYAL}.”", "a betrayal", "the unions"),
        (f"The workers’ support faded, with one saying it was “{_BETRAYAL}.”", "a betrayal", None),
    ],
)

_NO_VOTE = "I’m a no. It has to be higher than that"

OWNER_THEN_PARTICIPLE = cases(
    "long material between quote, speaker and verb",
    [
        (f"Ann Vorley, a former governor, told reporters at City Hall that if the bill’s proposed refund to families of the "
         f"child credit is not raised, “{_NO_VOTE}.”", "I’m a no", "Ann Vorley"),
        (f"Tom Kell said that unless the agency’s promised review of the school budget is published, “{_NO_VOTE}.”", "I’m a no", "Tom Kell"),
        # negatives: an owner's contracted "has" before a speech verb's participle; the form a verb
        (f"Tom Kell’s denied it, but Ann Roe said: “{_NO_VOTE}.”", "I’m a no", "Ann Roe"),
        ("Tom Kell said the agency’s promised review “never happened at all.”", "never happened", "Tom Kell"),
    ],
)

_TAKEN_OVER = "fraud rings had taken over the whole scheme"

RELATIVE_CLAUSE_ON_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (f"The group that Ann Roe founded said that “{_TAKEN_OVER}.”", "fraud rings", "the group that Ann Roe founded"),
        (f"The firm that Ann Roe praised said that “{_TAKEN_OVER}.”", "fraud rings", "the firm that Ann Roe praised"),
        ("The man that Ann Roe hired told reporters: “Fraud rings had taken over.”", "Fraud rings", "the man that Ann Roe hired"),
        (f"The report on the contract that the council wrote found that “{_TAKEN_OVER}.”", "fraud rings", ("the report on the contract", None)),
        ("Tom Kell said the report that the council wrote “was a whitewash from start to end.”", "was a whitewash", "Tom Kell"),
        # negatives: a thing no speaker with such a clause; the relative's own subject with a colon;
        # a relative clause on the object of a speaker named first
        (f"The car that Ann Roe bought said that “{_TAKEN_OVER}.”", "fraud rings", None),
        ("Tom Kell said the report that the council wrote: “It was a whitewash from start to end.”", "It was a whitewash",
         ("the council", None)),
        (f"Tom Kell, whom the group that Ann Roe founded praised, said that “{_TAKEN_OVER}.”", "fraud rings", "Tom Kell"),
    ],
)

_CATCH_UP = "desperate attempt to catch up with our own plan"
_AUTOMATION = "bring automation to anyone who has to copy and paste"

SOURCES_SET_OFF = cases(
    "organisations, documents and groups",
    [
        (f"Labour claims the policy is little more than a “{_CATCH_UP}.”", "desperate attempt", "Labour"),
        (f"“It is a {_CATCH_UP},” said Labour.", "It is a desperate", "Labour"),
        (f"The app combines several models to — as Kell puts it — “{_AUTOMATION}.”", "bring automation", "Kell"),
        (f"The app aims — as Ann Roe puts it — to “{_AUTOMATION}.”", "bring automation", "Ann Roe"),
        # negatives: the party's word in a title; a verb of the sentence's own after the aside
        ("Labour Secretary Tom Kell said: “It is a desperate attempt.”", "It is a desperate", "Tom Kell"),
        ("Child labour says a lot about “the state of the economy.”", "the state of", None),
        ("Spicer — as the campaign noted — has taunted “the losers in the race.”", "the losers", "Spicer"),
    ],
)

_RECORDS = "the agency kept no records of overtime for three years"

FINDERS_READ_WHOLE = cases(
    "organisations, documents and groups",
    [
        (f"The inspector general found that “{_RECORDS}.”", "the agency", "the inspector general"),
        (f"Investigators found that “{_RECORDS}.”", "the agency", "investigators"),
        (f"The auditor general concluded that “{_RECORDS}.”", "the agency", "the auditor general"),
        # negatives: a general, a person who finds nothing in a report; a pronoun
        (f"The general found that “{_RECORDS}.”", "the agency", None),
        (f"He found that “{_RECORDS}.”", "the agency", None),
    ],
)

ISOT35_CASES = FINDERS_READ_WHOLE + SOURCES_SET_OFF + OWNER_THEN_PARTICIPLE + RELATIVE_CLAUSE_ON_SUBJECT + QUOTED_SUBJECT_NOUN + STACKED_MODIFIERS + PASSING_A_MESSAGE_ON + FRONTED_DOCUMENT_IT + PLURAL_BARE_VIEW_VERB
