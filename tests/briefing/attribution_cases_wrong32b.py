"""Attribution cases of session 32 (helper wrong32b): wrong names found during the session and
left open, each a pattern stated here with invented text (none of them occurs in the readable
pools as written: the speaker dump does not change).

* A noun of others' asking completed by the quote after a verb that meets or turns it away
  ("Ann Weller ignored demands for “…”", "rebuffed appeals for", "turned down requests for",
  "ignored pleas for") gave the subject: with no speech verb in the sentence the cueless fallback
  took its subject, and "pleas", "appeals", "requests" were no nouns of saying at all; an
  adjective in -ed before the noun ("ignored repeated demands for") was read as the cue.
  colon32's reader of others' calls ("rejected calls for") now knows them.
* A capitalised speech-verb form after a determiner ("The Tell City mayor wants “…”") was read
  as a verb, so the sentence had a cue whose subject was "The" and nobody: after "the", "a",
  "this" a capitalised word opens a name.
* A fronted place with no comma before a name set off by an appositive ("In Utrecht Tom Kell,
  the mayor, said “…”") gave "Utrecht Tom Kell": the fronted object was cut off only before a
  lower-case verb; before a comma a given name we know now opens the subject.
* An appositive's comma before a verb and its prepositional complement ("The senator, a
  Democrat, wrote to members, saying “…”") was read as an inverted cue ("…, wrote X, saying")
  whose subject was "to members": a phrase opening on a preposition is no inverted subject.
* A relative clause after the quote on the quoted matter, its speech verb followed by the
  relative's own verb ("Tom Kell mocked “Ann Weller’s story about …”, an event that Weller says
  led her to politics"), gave Weller: her claim is about the event; the words are not hers.
* An irregular past "hung" ("The banner hung over Main Street—saying “…”") was no verb we knew,
  so the subject ran on to "the banner hung over Main Street".

Negatives: a relative whose verb takes the quote ("“…,” which Ann Weller said on Monday") or
has a clause of her own after it ("a promise that Ann Weller says she will keep"); the subject's own demands ("Ann Weller renewed demands for", "repeated her demands
for") and a noun of saying in a prepositional phrase with no verb turning it away ("is riding the
hopes of voters for the promise of “…”": hers), a real inverted cue after a reported clause ("Turnout fell, wrote Ann Reyes, calling
it"), a title-case headline's capitalised verb ("Kell Tells Voters “…”"), a name whose first word
is a given name after the preposition ("In Mary Ann Lutz, …": no cut), a fronted place with its
comma ("In Utrecht, the mayor said"), "a hung jury" (a modifier after a determiner). Invented names
and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_BRIDGE = "a new bridge in every town across the county"

OTHERS_ASKING_NOUNS = cases(
    "when unsure, say less",
    [
        (f"Ann Weller ignored demands for “{_BRIDGE}.”", "a new bridge", None),
        (f"Ann Weller ignored pleas for “{_BRIDGE}.”", "a new bridge", None),
        (f"Ann Weller rebuffed appeals for “{_BRIDGE}.”", "a new bridge", None),
        (f"Ann Weller turned down requests for “{_BRIDGE}.”", "a new bridge", None),
        (f"The council ignored repeated demands for “{_BRIDGE}.”", "a new bridge", None),
        # negatives: the subject's own demands
        (f"Ann Weller renewed demands for “{_BRIDGE}.”", "a new bridge", "Ann Weller"),
        (f"Ann Weller repeated her demands for “{_BRIDGE}.”", "a new bridge", "Ann Weller"),
        (f"Ann Weller wants “{_BRIDGE}.”", "a new bridge", "Ann Weller"),
        # negative: a noun of saying inside a prepositional phrase, no verb turning it away
        (f"Ann Weller is riding the hopes of young voters for the promise of “{_BRIDGE}.”", "a new bridge", "Ann Weller"),
    ],
)

CAPITALISED_FORM_IN_A_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"The Tell City mayor wants “{_BRIDGE}.”", "a new bridge", "the Tell City mayor"),
        (f"The Say Yes campaign wants “{_BRIDGE}.”", "a new bridge", "the Say Yes campaign"),
        # negatives: a capitalised verb of a title-case line, a name after it
        (f"Kell Tells Voters “{_BRIDGE}”", "a new bridge", "Kell"),
        (f"A Write Now organiser, Ann Weller, wants “{_BRIDGE}.”", "a new bridge", "Ann Weller"),
    ],
)

FRONTED_PLACE_BEFORE_APPOSED_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"In Utrecht Tom Kell, the mayor, said “{_BRIDGE}.”", "a new bridge", "Tom Kell"),
        (f"At Harvard Ann Lutz, a dean, said “{_BRIDGE}.”", "a new bridge", ("Ann Lutz", "a dean")),
        # negatives: the place's comma kept; a name opening on a given name
        (f"In New York, the mayor said “{_BRIDGE}.”", "a new bridge", "the mayor"),
        (f"In Mary Ann Lutz's view, “{_BRIDGE}” is a need.", "a new bridge", ("Mary Ann Lutz", None)),
    ],
)

PREPOSITION_IS_NO_INVERTED_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (f"The senator, a Democrat, wrote to members, saying “{_BRIDGE}.”", "a new bridge", ("the senator", "a Democrat")),
        (f"With the deadline close, the senator, a Democrat, wrote to members, saying “{_BRIDGE}.”", "a new bridge", ("the senator", "a Democrat")),
        # negative: a real inverted cue after a reported clause
        (f"Turnout fell, wrote Ann Reyes, calling it “{_BRIDGE}.”", "a new bridge", "Ann Reyes"),
    ],
)

IRREGULAR_PAST_ENDS_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (f"The banner hung over Main Street—saying “{_BRIDGE}.”", "a new bridge", ("the banner", None)),
        (f"The sign swung in the wind, saying “{_BRIDGE}.”", "a new bridge", ("the sign", None)),
        # negative: "hung" as a modifier after a determiner
        (f"A hung jury told the judge, saying “{_BRIDGE}.”", "a new bridge", "a hung jury"),
    ],
)

_RAKE = "Ann Weller’s story about chasing a neighbour with a garden rake"

CLAIM_ABOUT_THE_QUOTED_MATTER = cases(
    "clause frames around the speaker",
    [
        (f"Tom Kell also mocked “{_RAKE}”, an event that Weller says led her to politics.", "Ann Weller’s story", ("Tom Kell", None)),
        (f"Tom Kell also mocked “{_RAKE}”, which Weller says changed her life.", "Ann Weller’s story", ("Tom Kell", None)),
        # negatives: the relative's verb takes the quote, or a clause of her own follows it
        (f"“{_BRIDGE},” which Ann Weller said on Monday, drew cheers.", "a new bridge", "Ann Weller"),
        (f"“We will build {_BRIDGE},” a promise that Ann Weller says she will keep.", "We will build", "Ann Weller"),
        (f"“We will build {_BRIDGE}”, Ann Weller says.", "We will build", "Ann Weller"),
    ],
)

WRONG32B_CASES = (
    CLAIM_ABOUT_THE_QUOTED_MATTER
    + OTHERS_ASKING_NOUNS
    + CAPITALISED_FORM_IN_A_NAME
    + FRONTED_PLACE_BEFORE_APPOSED_NAME
    + PREPOSITION_IS_NO_INVERTED_SUBJECT
    + IRREGULAR_PAST_ENDS_SUBJECT
)
