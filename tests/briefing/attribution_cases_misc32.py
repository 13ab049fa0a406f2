"""Attribution cases of session 32 (helper misc32): leftovers other helpers of the session found.

* A place our lists do not know, as the object of a preposition opening the sentence and set
  off by its comma ("In Utrecht, the senator spoke. “…,” she said."), was shown as the speaker:
  the name registry read "Utrecht, the senator" as a name and its apposed title, as it reads "Dr.
  Ira Stone, the county's health officer,", so "the senator" (and a "she" meaning her) resolved to
  "Utrecht". The comma after a fronted place phrase ("In", "At", "Across", "From", …) closes the
  phrase; what follows is the clause's subject, never a title of the preposition's object. A
  known place ("In Washington, …") was already passed over. Negatives: a name set off after a
  fronted place phrase ("In Utrecht, Tom Kell, the mayor, spoke") is still the mayor, and so is a
  name opening the sentence with its apposed role ("Tom Kell, the mayor, spoke").
* A passive frame of quoting with when it was between the verb and its "as" ("“…,” Ana Reyes was
  quoted Tuesday as saying", "was quoted last week by the Ledger as saying") or an adverb before
  the verb that is not in -ly ("was later quoted as saying") gave nobody: the frame read only an
  -ly adverb and a by-, in- or on-phrase. The day or the time adverb goes with the frame; its
  subject is the one quoted. One pattern now serves both readers of the frame
  (``quoting_frames.passive_quoting``). Negatives: "was misquoted … as saying" after the quote
  stays nobody's (the words were not hers), and an active "the Ledger quoted Ana Reyes Tuesday as
  saying" is still Reyes's.
* A body's subject before a verb of a wish or an intention and its infinitive ("The group seeks to
  end the war", "The Farmers Union seeks to end what it calls “…”") was read as "the group seeks"
  or "the Farmers Union seeks", no body, so an "it" after it (or inside the sentence) found an
  earlier one ("the embassy") or nobody. The -s word after a known head noun cuts the phrase
  (``subject_phrases.verb_after_head``), but only when no verb later in the sentence ("end" before
  its object) had cut it first, and never after a capitalised head ending a body's name ("Union",
  "Party"): now both, the capitalised head only before "to" or "that". Negatives: a plural noun
  after a head noun ("The union leaders praised the deal") stays the subject's.
* An "it" before the quote in a sentence that opens on a body ("The Ministry of Foreign Affairs
  has condemned what it calls “…”", "The report praises the army, and it even recounts how …
  “…”"), after another body spoke last ("The Embassy says … “…”"), was the body that spoke last:
  an "it" after a body's quote goes on with that body ("It also said: “…”"), which a body the
  pronoun's own sentence opens on overrules (``PronounResolution.body_opening_sentence``).
  Negatives: "It also said: “…”" with no body opening its sentence stays the one that spoke; a
  person opening the sentence with his own "he" is his.
"""

from __future__ import annotations

from tests.briefing.attribution_case import Case, cases

_Q = "We are ready for the vote tomorrow morning"

FRONTED_PLACE_IS_NO_ONE = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"In Utrecht, the senator spoke. “{_Q},” she said.", "We are ready", "the senator"),
        (f"At Zwolle, the senator spoke. “{_Q},” she said.", "We are ready", "the senator"),
        (f"In Utrecht, the mayor spoke. “{_Q},” the mayor said.", "We are ready", "the mayor"),
        (f"Across Zwolle, the mayor spoke. “{_Q},” the mayor said.", "We are ready", "the mayor"),
        (f"In Utrecht, the senator spoke. She said: “{_Q}.”", "We are ready", "the senator"),
        # near misses: a name and its apposed role, after a fronted phrase or opening the sentence
        (f"In Utrecht, Tom Kell, the mayor, spoke. “{_Q},” the mayor said.", "We are ready", "Tom Kell"),
        (f"Tom Kell, the mayor, spoke. “{_Q},” the mayor said.", "We are ready", "Tom Kell"),
        (f"In Utrecht, Mayor Tom Kell spoke. “{_Q},” the mayor said.", "We are ready", "Tom Kell"),
    ],
)

PASSIVE_QUOTING_WHEN = cases(
    "clause frames around the speaker",
    [
        (f"“{_Q},” Ana Reyes was quoted Tuesday as saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” Ana Reyes was later quoted as saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” Ana Reyes was quoted last week by the Ledger as saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” Ana Reyes was quoted yesterday saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” Ana Reyes was quoted Tuesday in the Ledger as saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” the minister was quoted Tuesday as saying.", "We are ready", "the minister"),
        # near misses: a misquoting frame is no one's words; an active frame is the one quoted's
        (f"“{_Q},” Ana Reyes was misquoted Tuesday as saying.", "We are ready", None),
        (f"“{_Q},” the Ledger quoted Ana Reyes Tuesday as saying.", "We are ready", "Ana Reyes"),
        (f"“{_Q},” she was quoted Tuesday as saying.", "We are ready", None),
    ],
)

_W = "We will not stop until the valley is free again"
_E = "The embassy issued no statement."

WISH_VERB_ENDS_THE_BODY = cases(
    "organisations, documents and groups",
    [
        (f"{_E} The Farmers Union seeks to end what it calls “a war on farmers in the valley and beyond.”", "a war on farmers", "the Farmers Union"),
        (f"{_E} The Farmers Union seeks to end the war. “{_W},” it said.", "We will not stop", "the Farmers Union"),
        (f"{_E} The group seeks to end the war. “{_W},” it said.", "We will not stop", "the group"),
        (f"{_E} The Labour Party plans to close the depot. “{_W},” it said.", "We will not stop", "the Labour Party"),
        (f"{_E} The ministry plans to close the depot. “{_W},” it said.", "We will not stop", "the ministry"),
        (f"{_E} The Times reports that the depot will close. “{_W},” it said.", "We will not stop", "the Times"),
        # near miss: a plural noun after the head noun is the subject's head, no verb
        (f"{_E} The union leaders praised the deal. “{_W},” they said.", "We will not stop", "the union leaders"),
    ],
)

_SPOKE = "The Embassy says in a statement that the strikes “were measured and responsible in every way.”"

BODY_OPENING_THE_SENTENCE = cases(
    "organisations, documents and it",
    [
        (f"{_SPOKE}\n\nThe Ministry of Foreign Affairs has condemned what it calls a “blatant and unprovoked act of aggression” on farms.", "blatant", "the Ministry of Foreign Affairs"),
        (f"{_SPOKE}\n\nThe Farm Bureau has denounced what it calls “a reckless attack on our members and their land.”", "a reckless attack", "the Farm Bureau"),
        (f"{_SPOKE}\n\nThe report praises the army, and it even recounts how a soldier “carried three children out of the fire.”", "carried three", "the report"),
        # near misses: no body opens the pronoun's sentence; a person opens it with his own pronoun
        (f"{_SPOKE}\n\nIt also said: “Only known camps were targeted and no farms were hit.”", "Only known camps", "the Embassy"),
        (f"{_SPOKE}\n\nTom Kell, the ambassador, condemned what he calls a “blatant and unprovoked act of aggression” on farms.", "blatant", "Tom Kell"),
    ],
)

MISC32_CASES: list[Case] = FRONTED_PLACE_IS_NO_ONE + PASSIVE_QUOTING_WHEN + WISH_VERB_ENDS_THE_BODY + BODY_OPENING_THE_SENTENCE
