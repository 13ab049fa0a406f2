"""Attribution cases of session 31 (helper nonep): a "he", "she" or "they" subject that names the
speaker, which the subject index missed, read on the Reuters, BBC (tuning half), dragnet and web
pools and the readable PolNeAR splits.

* A "he" or "she" with no subject or speaker anywhere within reach before it (the story's first
  pronoun), whose person the sentence just before names where no subject is read: the agent inside
  a subject that is a thing ("The press conference hosted by party chief Alan Mill had all the
  hallmarks of a campaign. “…,” he said."), a case the sentence cites ("as in the case of
  Governor Ann Weller, “…”. She went on and said, “…”"), the reporter of a sentence whose report
  comes first and whose apposition lost its closing comma ("Sales will rise, Tom Reyes, head of
  the unit told reporters. “…,” he said."). The pronoun found no one and the quote no speaker;
  a writer who named no one else there means the one person of the pronoun's gender named just
  before it, where a subject, a reporter or an agent stands (after a comma or the sentence's
  start, in a "by" or an "of" phrase).

* An organisation's subject name followed by its acronym in brackets before the verb ("The
  National Rifle Union (NRU) criticised the bill. “…,” it said.") read as "the National Rifle
  Union (NRU", which names no body, so the "it" after the sentence found none (and a role "for"
  the body was shown with the acronym run into it). The bracketed acronym is no part of the
  subject; the sentence reader drops it before the verb.

* A nation's word opening a group of its people ("US officials denied the damage. “…,” they
  said", "British diplomats also rejected", "U.S. officials appear unconcerned") gave the
  sentence no subject: the capital read as the start of a name that was no name, so the "they"
  after it found no group. The nation (a country or a demonym), up to two lower-case modifiers
  and a plural of people before the verb are the group, as "Top British officials" already was;
  a second clause opening on such a group (", and Iraqi officials backed it") is a rival group,
  as ", and the doctors joined them" was.

* A teller closing a sentence whose apposition lost its closing comma ("Vexbit is moving into
  content, Tom Reyes, head of its new unit told the forum.", "Mayor Ed Kline should see “…”,
  Rabbi Tom Pike, founder of the Hope Centre said.") was no closing cue: the last comma's phrase
  ("head of its new unit") is a role and no name, so the sentence was Vexbit's, whom a "he" after
  it took, or its quote the mayor's; right after a quote, the body the role is of was read as
  the teller ("founder of the Hope Centre said" -> "Hope Centre", a wrong name). A name alone
  between two commas, then a role headed by a noun of people (or a relative clause with its own
  verb, "who runs the Hope Centre") and the verb, is the teller.

Negatives: a verb's object ("Police arrested Tom Kell. “I saw the whole fight,” he said": an
officer the text does not name may be speaking); a quote that speaks of someone of the pronoun's
gender ("“We will charge him,” he said"); two people of that gender, or one of a gender we do not
know beside one we do ("hosted by Ngozi Eze and Alan Mill"); a woman's name for a "he"; a
photograph's credit ("Picture: Dan Okoro/Reuters"). A
bracketed body that is an object ("wrote to the Trade Council (TC)"), one of two bodies, or
inside a phrase about something else ("The talks with the Council (RSC) ended") is no "it". A
nation's group beside a rival group, placed ("US officials in Kabul", read as before), a company
("British Airways") or with a person named after it leaves the "they" to no one. A second teller
joined by "and" ("Tom Reyes, and the head of the council told") or a thing after the name ("Tom
Reyes, the new unit told") is no open apposition. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_WELCOME = "Welcome to the new media centre of the party"
_NO_CUTS = "We will not cut a single post this year"
_FACILITATOR = "We want to be an entertainment facilitator"

NO_REFERENT_ONE_NAMED_JUST_BEFORE = cases(
    "pronouns and role nouns",
    [
        (f'Both parties have moved into new offices near the river.\n\nCertainly the press conference hosted by party chief Alan Mill, '
         f'in the small new room, had all the hallmarks of a campaign.\n\n"{_WELCOME}," he said.', "Welcome to the new", "Alan Mill"),
        (f'The hall was full by nine.\n\nThe briefing led by Defence Minister Ruth Okafor ran for an hour. "{_NO_CUTS}," she said.',
         "We will not cut", "Ruth Okafor"),
        ('In this state we have officials so weak that they would say, as in the case of Governor Ann Weller, "The size of the '
         'magazine has nothing to do with it." She went on and said, "Even with fewer bullets he would have found another gun somewhere."',
         "Even with fewer bullets", "Ann Weller"),
        (f'As a telecoms firm, VTX is moving into content, Tom Reyes, head of the new unit told the forum. "{_FACILITATOR}," he said.',
         "We want to be", "Tom Reyes"),
        (f'Sales will rise next year, Tom Reyes, head of the unit told reporters. "{_FACILITATOR}," he said.', "We want to be", "Tom Reyes"),
        # negatives: a woman for a "he"; a verb's object; the quote speaks of a man; a person of
        # unknown gender beside the man; the pronoun's gender not the one person's
        (f'The report by Ann Roe was published on Monday. "{_WELCOME}," he said.', "Welcome to the new", None),
        ('Police arrested Tom Kell on Monday after the fight. "I saw the whole fight from my window," he said.', "I saw the whole", None),
        ('Police arrested Tom Kell on Monday after the fight. "We will charge him later this week," he said.', "We will charge", None),
        (f'The panel hosted by Ngozi Eze and Alan Mill had all the hallmarks of a campaign. "{_WELCOME}," he said.', "Welcome to the new", None),
        (f'The briefing led by Defence Minister Ruth Okafor ran for an hour. "{_NO_CUTS}," he said.', "We will not cut", None),
        (f'The crowd booed Alan Mill at the rally. "{_WELCOME}," he said.', "Welcome to the new", None),
        (f'The crowd waits outside the hall. Picture: Dan Okoro/Reuters\n\n"{_WELCOME}," he said.', "Welcome to the new", None),
        (f'The crowd waits outside the hall. Dan Okoro/Reuters\n\n"{_WELCOME}," he said.', "Welcome to the new", None),
    ],
)

_TORN_UP = "The rule book of the whole trade is torn up"

BRACKETED_ACRONYM_SUBJECT = cases(
    "organisations, documents and groups",
    [
        (f'The National Rifle Union (NRU) criticised the bill. "{_TORN_UP}," it said.', "The rule book", "the National Rifle Union"),
        ('The Film Guild Institute (FGI) hailed the two films as milestones. It claimed both directors "tore up the rule book of the studios".',
         "tore up the rule book", "the Film Guild Institute"),
        (f'The Road Safety Council (RSC) said the bill was a mistake. "{_TORN_UP}," it added.', "The rule book", "the Road Safety Council"),
        ('A spokesman for the Road Safety Council (RSC) said the figures were late. "Work is going on across the whole network right now," '
         'he said.', "Work is going on", "a spokesman for the Road Safety Council"),
        # negatives: the bracketed body is an object; two bodies; a body after it
        (f'Tom Pike wrote to the Trade Council (TC) about the bill. "{_TORN_UP}," it said.', "The rule book", None),
        (f'The Road Safety Council (RSC) and the Drivers Union (DU) criticised the bill. "{_TORN_UP}," it said.', "The rule book", None),
        (f'The talks with the Road Safety Council (RSC) ended on Monday. "{_TORN_UP}," it said.', "The rule book", None),
    ],
)

_AIM = "We hit who we are aiming at, every single time"

NATION_AND_ITS_PEOPLE = cases(
    "organisations, documents and groups",
    [
        (f'US officials denied the damage. "{_AIM}," they said.', "We hit who", "US officials"),
        (f'For their part, U.S. officials appear unconcerned with the damage. "{_AIM}," they say.', "We hit who", "U.S. officials"),
        (f'British diplomats also rejected the plan on Monday. "{_AIM}," they said.', "We hit who", "British diplomats"),
        (f'Senior Iraqi officials met the envoy on Monday. "{_AIM}," they said.', "We hit who", "Senior Iraqi officials"),
        (f'Iraqi police said three bombs had gone off in the city. "{_AIM}," they said.', "We hit who", "Iraqi police"),
        (f'British officials told reporters the strikes would go on. "{_AIM}," they added.', "We hit who", "British officials"),
        # negatives: a second group in a coordinated clause; a phrase going on after the noun; a
        # company whose name opens on a nation's adjective; a person after the group
        (f'US officials rejected the plan, and Iraqi officials backed it. "{_AIM}," they said.', "We hit who", None),
        # (placed, the group is read whole since session 35's jobads35: "Kabul" is no rival)
        (f'US officials in Kabul rejected the plan. "{_AIM}," they said.', "We hit who", ("US officials in Kabul", None)),
        (f'British Airways rejected the plan. "{_AIM}," they said.', "We hit who", None),
        (f'US officials rejected the plan. Ann Roe backed it. "{_AIM}," they said.', "We hit who", None),
    ],
)

_RESULTS = "the results of the plan he so foolishly chose to back"

OPEN_APPOSITION_TELLER = cases(
    "long material between quote, speaker and verb",
    [
        (f'Vexbit is moving into content, Tom Reyes, head of its new unit told the forum. "{_FACILITATOR}," he said.',
         "We want to be", "Tom Reyes"),
        (f'Mayor Ed Kline should see for himself "{_RESULTS}", Rabbi Tom Pike, founder of the Hope Centre said.', "the results of the plan",
         "Tom Pike"),
        (f'The council should see "{_RESULTS}", Ann Roe, a lawyer for the families told reporters.', "the results of the plan", "Ann Roe"),
        (f'The council should see "{_RESULTS}", Tom Pike, who runs the Hope Centre said.', "the results of the plan", "Tom Pike"),
        (f'Vexbit is moving into content, Tom Reyes, who heads its new unit told the forum. "{_FACILITATOR}," he said.',
         "We want to be", "Tom Reyes"),
        # negatives: a second teller joined by "and"; a thing, no role, after the name; the name the
        # object of the sentence's own verb
        (f'Sales will rise next year, Tom Reyes, and the head of the council told reporters. "{_FACILITATOR}," he said.',
         "We want to be", None),
        (f'Vexbit is moving into content, Tom Reyes, the new unit told the forum. "{_FACILITATOR}," he said.', "We want to be", ("Vexbit", None)),
        (f'Ann Roe met Tom Reyes, head of the new unit on Monday. "{_FACILITATOR}," she said.', "We want to be", "Ann Roe"),
    ],
)

NONEP31_CASES = NO_REFERENT_ONE_NAMED_JUST_BEFORE + BRACKETED_ACRONYM_SUBJECT + NATION_AND_ITS_PEOPLE + OPEN_APPOSITION_TELLER
