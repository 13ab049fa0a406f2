"""A determiner and an adjective before a noun's further modifiers: "the bespectacled, 71-year-old
diplomat", "a tall, bearded lawyer", "the brief, unsigned statement".

Two readers need it: ``appositives.join_adjectives`` joins such a phrase again when a comma split
it ("the bespectacled," and "71-year-old diplomat"), and ``speech_verbs.first_verb`` must not take
the -ed adjective after it ("bearded", "unsigned") for the clause's verb, which would leave the
phrase no head at all (and another reader would show "a tall" as the speaker).
"""

from __future__ import annotations

import re

#: Plain adjectives of how a person looks or seems, with no adjective ending ("the round, bearded
#: businessman", "a tall, soft-spoken lawyer").
_PLAIN_ADJECTIVES = (
    "round|tall|short|young|old|thin|slim|stout|burly|lanky|big|small|little|large|quiet|calm|gray|grey|"
    "frail|wiry|stocky|slight|shy|gruff|blunt|brash|wry|gentle|elderly|trim|fit|tough|lean|heavy|"
    # lifelong, longtime: the time a role has been held ("The lifelong, free-market apostle")
    "lifelong|longtime|long-time|veteran|seasoned|avowed|staunch|ardent|devout|self-styled|"
    # of a document's length or tone ("a scathing, 40-page report", "The brief, unsigned statement")
    "long|lengthy|brief|terse|new|scathing|damning|blistering|stinging|sweeping|rambling|sharp"
)
#: A length or a size written as a number and a noun ("the 40-page", "a one-line", "a 12-member"),
#: or a participle compound ("the hand-written", "a strongly-worded", "the long-serving"):
#: adjectives too.
_COMPOUND_ADJECTIVE = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)-[a-z]+"
    r"|[a-z]+-(?:written|signed|worded|drafted|typed|serving|standing|term)"
)
#: One adjective of those kinds (an -ed, -ous, -ful or -ive word, a plain one, a compound one).
ADJECTIVE = rf"(?:[a-z][\w-]*(?:ed|ous|ful|ive)|{_PLAIN_ADJECTIVES}|{_COMPOUND_ADJECTIVE}|[a-z][\w-]*-(?:haired|eyed|spoken|faced))"

#: "the bespectacled," — a determiner and an adjective whose noun comes after a comma.
DANGLING_ADJECTIVE = re.compile(rf"\s*(?:the|a|an)\s+{ADJECTIVE}\s*", re.IGNORECASE)

#: Text ending on a determiner, an adjective and maybe its comma ("A tall,", "The brief"): an -ed
#: word after it that a noun follows ("bearded lawyer", "unsigned statement") is one more
#: adjective of the same noun, no verb.
ADJECTIVE_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+{ADJECTIVE},?$")
#: What must follow that -ed word for it to be prenominal: a lower-case word that is no
#: preposition ("The report, released on Monday": a participle after its noun).
#: Prepositions, conjunctions and relative words, which no noun after a prenominal -ed word is.
_NO_NOUN = r"in|on|at|by|with|to|for|from|about|as|after|before|over|under|into|and|or|that|who|which"
NOUN_AFTER = re.compile(rf"\s+(?!(?:{_NO_NOUN})\b)[a-z][\w-]*\b")

#: Participles that make a compound adjective with the noun of their agent before them, written
#: without the hyphen as often as with it ("the state controlled newspaper", "a family owned
#: firm", "the Communist party backed paper"): the body that controls, owns or backs.
AGENT_PARTICIPLES = frozenset(
    "controlled owned backed funded financed sponsored operated affiliated aligned allied linked led based".split()
)
#: Text ending on a determiner and one or two nouns ("the state", "the Communist party", "a
#: family"): the agent of such a participle.
AGENT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*$")
#: The noun such a compound modifies: a lower-case word that is no preposition, determiner or
#: pronoun ("controlled newspaper", not "controlled the press" or "owned his shares").
AGENT_NOUN_AFTER = re.compile(
    rf"\s+(?!(?:{_NO_NOUN}|the|a|an|his|her|its|their|our|my|your|this|these|those|some|any|no|every|each|all|much|more|most)\b)[a-z][\w-]*\b"
)
