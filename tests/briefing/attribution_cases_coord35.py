"""Attribution cases of session 35 (coordinator).

* A phrase of time opening the sentence before a subject whose verbs "and" joins up to the
  speech verb: "Moments later she stood up and said “…”", "Moments later, she …": the speaker shown was
  "Moments". A verb coordinated with an earlier one shares that verb's subject, which the reader
  took as the sentence's opening noun phrase; a capitalised plural of time opening the sentence
  was read as a name. The opening phrase of time (``appositives.TIME_BEFORE_SUBJECT``, with or
  without its comma) is now set aside before the subject is read, as the reader of one verb's
  subject already did ("Moments later she said" was Ann Roe's). Seen in an invented probe of a
  blog's comma-less opening ("About five minutes later she finally stopped talking and … said").

Negatives: the same sentences whose subject is a name, a description or a pronoun with no one
named before it keep their readings; a time phrase inside the clause is no opening.

* "A scathing, 40-page report said: “…”", "The two-page, handwritten letter said:", "The long,
  rambling lawsuit said:", "The long-serving, 71-year-old senator said:": the speaker shown was
  "a scathing", "the two-page", "the long", "the long-serving". Coordinate adjectives before the
  noun are set off by a comma; the subject reader joins such pieces again only when the first
  ends on an adjective it knows ("the bespectacled, 71-year-old diplomat"), and the adjectives of
  a document's length or tone, a number with a noun ("40-page", "one-line") and compounds of a
  participle ("hand-written", "long-serving") were not among them. They are now
  (``appositives._DANGLING_ADJECTIVE``). Seen in the BBC tuning half ('The hand-written,
  four-page lawsuit said: "…"' gave none).

Negatives: a noun before the comma keeps the appositive reading ("The senator, a Democrat,",
"The senator, 71,", "The report, released on Monday,").

* "Labour said: “…”", "“…,” Labour said", "Labour claims the policy is “…”": no speaker. "Labour"
  and "Labor" are among the title words that open a minister's title ("Labour Secretary Ann
  Roe") and are cut from a run of capitals; alone they are the party's name
  (``name_cleaning.PARTY_TITLES``). Seen in the BBC tuning half ("Labour claims the policy is
  little more than a “…”").

Negatives: the title before a name ("Labour Secretary Ann Roe said", "said Labour MP Ann Roe")
and the common noun opening a sentence about someone else ("Labour costs rose, and Tom Kell
said") keep their readings; the party is no "he" ("Labour will not hold a news conference.
“…,” he said" stays the man named before).

* "The MPs found the system was “…”", "The inquiry found that …", "The watchdog found …": no
  speaker. A verb of finding reports words only after a document, a body or a finder by trade
  (``document_attribution``); members of a parliament reporting as a committee, lawmakers, an
  inquiry, an investigation, a probe, a panel, a watchdog were none of them. Seen in the BBC
  tuning half ("The MPs found American IT giant EDS' £456m system was “…”"). A reflexive after the
  verb is a plight, no finding ("Labour MPs found themselves ribbed by their new friends, with
  “…”": the friends' words), which adding the MPs would otherwise have read.

* "Tom Kell denied claims that he “…”", "faces an inquiry amid claims he “…”": the speaker was
  Tom Kell, whom the claims are about; the words are the unnamed accusers'. "deny" turns such
  claims away as "dismiss" and "reject" do, and a noun of claiming takes its reported clause
  with no "that" too (``speech_nouns``), also after a phrase of its own ("a watchdog over
  claims its campaign broke the rules on “…”": "over" opens a phrase, no modifier of the noun).
  No speaker. Seen in the BBC tuning half once
  "Labour" was read as a name ("Labour is to be investigated by a watchdog over claims its
  election campaign has broken the rules on “cold calling” householders").

Negatives: his own claim ("Tom Kell claims that he “…”"), his own words after the denial
("denied the claims, saying “…”"), and a group whose own verb reports a clause ("workers at the
plant say they have “…”") keep their speakers. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEVY = "we want the levy gone by the end of next week"
_ROE = "Ann Roe walked into the hall on Tuesday. "

TIME_OPENING_BEFORE_COORDINATED_VERBS = cases(
    "long material between quote, speaker and verb",
    [
        (f"{_ROE}Moments later she stood up and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Moments later, she stood up and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Minutes later she turned to the crowd and shouted, “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Hours later, she put down her notes and told reporters: “{_LEVY}.”", "we want the levy", "Ann Roe"),
        # negatives: a name, a description, a name with the comma, a pronoun of no one named
        (f"{_ROE}Hours later Tom Kell stood up and said “{_LEVY}.”", "we want the levy", "Tom Kell"),
        (f"{_ROE}Two days later, the mayor rose and said “{_LEVY}.”", "we want the levy", "the mayor"),
        (f"Moments later, Tom Kell stood up and said “{_LEVY}.”", "we want the levy", "Tom Kell"),
        (f"Moments later she stood up and said “{_LEVY}.”", "we want the levy", None),
        (f"{_ROE}She stood up moments later and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
    ],
)

_WRONG = "The plan was wrong from the start and must be stopped now"

COORDINATE_ADJECTIVES = cases(
    "organisations, documents and groups",
    [
        (f'A scathing, 40-page report said: "{_WRONG}."', "The plan was wrong", "a scathing, 40-page report"),
        (f'The two-page, handwritten letter said: "{_WRONG}."', "The plan was wrong", "the two-page, handwritten letter"),
        (f'The hand-written, four-page lawsuit said: "{_WRONG}."', "The plan was wrong", "the hand-written, four-page lawsuit"),
        (f'The long, rambling lawsuit said: "{_WRONG}."', "The plan was wrong", "the long, rambling lawsuit"),
        (f'A terse, one-line statement said: "{_WRONG}."', "The plan was wrong", "a terse, one-line statement"),
        (f'A damning, 300-page report said: "{_WRONG}."', "The plan was wrong", "a damning, 300-page report"),
        (f'The long-serving, 71-year-old senator said: "{_WRONG}."', "The plan was wrong", "the long-serving, 71-year-old senator"),
        (f'The new, 12-member panel said: "{_WRONG}."', "The plan was wrong", "the new, 12-member panel"),
        # negatives: a noun before the comma, then an appositive
        (f'The senator, a Democrat, said: "{_WRONG}."', "The plan was wrong", "the senator"),
        (f'The senator, 71, said: "{_WRONG}."', "The plan was wrong", "the senator"),
        (f'The report, released on Monday, said: "{_WRONG}."', "The plan was wrong", "the report"),
        (f'The mayor, visibly angry, said: "{_WRONG}."', "The plan was wrong", "the mayor"),
    ],
)

_CATCH_UP = "The policy is little more than a desperate attempt to catch up"

PARTY_ALONE = cases(
    "organisations, documents and groups",
    [
        (f'Labour said: "{_CATCH_UP}."', "The policy is little", "Labour"),
        (f'"{_CATCH_UP}," Labour said.', "The policy is little", "Labour"),
        (f'The plan was attacked by Labour on Monday. Labour said: "{_CATCH_UP}."', "The policy is little", "Labour"),
        ('Labour claims the policy is little more than a "desperate attempt to catch up with our plan".', "desperate attempt", "Labour"),
        # negatives: the title before a name; the common noun
        (f'Labour Secretary Ann Roe said: "{_CATCH_UP}."', "The policy is little", "Ann Roe"),
        (f'"{_CATCH_UP}," said Labour MP Ann Roe.', "The policy is little", "Ann Roe"),
        (f'Labour costs rose, and Tom Kell said: "{_CATCH_UP}."', "The policy is little", "Tom Kell"),
    ],
)

_FUNCTIONAL = "nowhere near being fully functional after two years of work"
_MISLED = "misled the house about the cost of the new bridge"

FINDINGS = cases(
    "organisations, documents and groups",
    [
        (f'The MPs found the new computer system was "{_FUNCTIONAL}".', "nowhere near", "the MPs"),
        (f'MPs found that the system was "{_FUNCTIONAL}".', "nowhere near", ("MPs", "mps")),
        (f'The inquiry found that the system was "{_FUNCTIONAL}".', "nowhere near", "the inquiry"),
        (f'The investigation found the system was "{_FUNCTIONAL}".', "nowhere near", "the investigation"),
        (f'The watchdog found that the system was "{_FUNCTIONAL}".', "nowhere near", "the watchdog"),
        # negatives: a plight, no finding; the party is no "he"
        ('Labour MPs found themselves ribbed by their new friends, with "Welcome on board, you are all very welcome here!" from the benches opposite.', "Welcome on board", None),
        ('Researchers found themselves facing "a wall of silence from every agency we contacted".', "a wall of silence", None),
        ('Alan Milburn runs the campaign this time. In a break with the past, Labour will not hold a daily news conference in London. "We will travel the country and meet voters where they are," he said.', "We will travel", "Alan Milburn"),
    ],
)

OTHERS_CLAIMS = cases(
    "organisations, documents and groups",
    [
        (f'Tom Kell denied claims that he "{_MISLED}".', "misled the house", None),
        (f'Tom Kell denied allegations that he "{_MISLED}".', "misled the house", None),
        (f'Tom Kell faces an inquiry amid claims he "{_MISLED}".', "misled the house", None),
        ('Tom Kell is under fire over claims his campaign has broken the rules on "cold calling householders late at night".', "cold calling", None),
        ('The party is to be investigated by a watchdog over claims its campaign "broke every rule in the book on calling".', "broke every rule", None),
        (f'Tom Kell faced a storm over claims that he "{_MISLED}".', "misled the house", None),
        ('The commissioner was speaking amid claims that Tom Kell is part of a "dirty tricks campaign run from the party office".', "dirty tricks", None),
        # negatives: his own claim and his own words; a verb of saying with its clause
        (f'Tom Kell claims that he "never {_MISLED}".', "never misled", "Tom Kell"),
        (f'Tom Kell denied the claims, saying "I never {_MISLED}".', "I never misled", "Tom Kell"),
        ("The company promised new jobs but workers at the plant say they have “heard it all before, many times over.”", "heard it all", ("workers", "workers at the plant")),
    ],
)

COORD35_CASES = [*TIME_OPENING_BEFORE_COORDINATED_VERBS, *COORDINATE_ADJECTIVES, *PARTY_ALONE, *FINDINGS, *OTHERS_CLAIMS]
