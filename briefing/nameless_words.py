"""Words read as a speaker's name that name no one: a place, a people's adjective, or a common
word capitalised only because it opens the sentence.

A speaker is shown under the quote and keyed as a person by ``/quotes``, so a place or an
adjective read as the name is garbage shown to the user. Three shapes reach the final checks:

* A people's adjective alone ("“…,” European said", "Canadian said the plan …"): an adjective
  whose noun the sentence lost or never wrote. It is a speaker only as the short name of a body
  the text names in full ("American Airlines … “…,” American said"), so it is kept when the body
  writes the adjective before another capitalised word that is no person's noun.
* A place in the clause before a quote that is no subject: the last part of an address ("the
  chairman of the party in Jackson County, Arkansas, insisted"), the place after a preposition
  ("Michael sent a chat from Boston exclaiming") or a place modifying a noun ("my NZ friends are
  asking"). Someone else speaks there, whom these readers cannot always name: no speaker.
* A description whose head is a matter, not someone ("The difference is unbelievable", "The
  problem, according to Mr Lane, is …", "the good thing about it is …"), one that lost its noun
  ("the bill’s", "a one-eyed", "the hand-written"), or one that ends on a
  relative pronoun, the head reader's cut through a clause ("A mantra that has come in handy:"):
  no speaker. A head that speaks keeps the words before the pronoun ("both journalists who used
  it on me asked" -> "both journalists").
* A common word opening the sentence, which the body never writes capitalised elsewhere
  ("Moments before, the senator used similar words, telling a reporter, “…”", "Ballot papers
  will ask: “…”", "(Corrects paragraph to say “…”)"): no one's name, whoever speaks.

Negatives: a document, a body or a role that speaks ("the sign reads", "the piece said", "the
panel"), and a matter noun inside a role's complement ("the head of the problem-solving unit");
a country or a city that is the clause's subject speaks for its government
("Pyongyang said it would", "China said"), as does a person whose name is also a place
("Baroness Scotland said"); the checks read the place's own occurrence, not the word anywhere. A
surname that is also a common word ("Parry said", "Moody told") is a name the body writes
mid-sentence too, or after a given name, and stays.
"""

from __future__ import annotations

import re

from .head_kinds import can_speak
from .masking import is_abbreviated_state
from .mention import Mention
from .names import NameRegistry
from .sentence_adverbs import is_sentence_adverb
from .speech_verbs import SPEECH_VERB, first_verb
from .word_search import word_spans
from .wordlists import is_demonym, is_place

#: What stands before a sentence's first word: nothing, a stop, a bracket or a quote mark.
_SENTENCE_START = re.compile(r"(?:^|[.!?;:(\[“”\"·—–-])\s*$")
#: Prepositions after which a place is where something is, comes from or goes to.
_PLACE_PREPOSITIONS = frozenset("in at from to near of outside inside across throughout via".split())


def names_no_one(mention: Mention, sentence: str, body: str, registry: NameRegistry, *, tail: bool = False) -> bool:
    """``mention`` (a speaker read in ``sentence``, the clause before the quote, or after it when
    ``tail``) is a people's adjective alone, a place that is no subject there, or a sentence's
    first common word that is no subject: no one to show under the quote."""
    if mention.kind == "description":
        return _no_ones_description(mention.text)
    if mention.kind != "name" or " " in mention.text.strip():
        return False
    word = mention.text.strip()
    if word in registry.persons or " " in registry.fullest(word, 1 << 30, ahead=True):
        return False  # "Cuban" of "Mark Cuban", "French" of "Philip French": a surname
    at = _last_word_at(sentence, word)
    after = sentence[at + len(word) :].split() if at is not None else []
    if at is not None and not tail and _opens_without_verb(sentence[:at], after) and _only_opening(word, body, registry):
        return True  # "Moments before, the senator …": a capital only because the sentence opens
    if is_demonym(word):
        return not _short_name_of_body(word, body)
    if not (is_place(word) or registry.is_place(word) or is_abbreviated_state(word)) or word in registry.persons:
        return False
    if at is None:
        return False
    before = sentence[:at].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return True  # "a chat from Boston exclaiming"
    if before and before[-1].endswith(",") and before[-1][:1].isupper() and (not after or after[0][:1] in ",.;"):
        return True  # "in Jackson County, Arkansas, insisted", "said the mayor of Lyle, Ohio.": an address's last part
    return bool(after) and after[0][:1].islower() and after[0].isalpha() and not _verbish(after[0])  # "my NZ friends"


def _opens_without_verb(before: str, after: list[str]) -> bool:
    """The word between ``before`` and ``after`` opens its sentence and no verb follows it: a
    lower-case word comes next that is neither a verb nor an adverb before one ("Moments before",
    "Ballot papers"; not "Sale said", "Sale previously warned")."""
    if not _SENTENCE_START.search(before) or not after or not after[0][:1].islower():
        return False
    word = after[0].rstrip(",;:")
    return not _verbish(word) and not _adverb(word)


def _last_word_at(sentence: str, word: str) -> int | None:
    found = [at for at, _ in word_spans(sentence, word)]
    return found[-1] if found else None


def _verbish(word: str) -> bool:
    """A lower-case word after a place that makes the place the clause's subject: a verb
    ("Texas sued", "Ohio has", "Boston will") rather than a noun it modifies ("friends")."""
    low = word.lower()
    return bool(first_verb(f" {low} ") or SPEECH_VERB.fullmatch(low)) or low in _AUXILIARIES or low.endswith("ed")


_AUXILIARIES = frozenset("is was has had have will would could can may might must should says said did does".split())


def _short_name_of_body(adjective: str, body: str) -> bool:
    """The body names something opened by ``adjective`` and a capitalised word that is no noun of
    people ("American Airlines", "European Commission"): the adjective alone is its short name."""
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(adjective)}\s+([A-Z][\w’'-]+)", body):
        if not is_demonym(match.group(1)):
            return True
    return False


def _only_opening(word: str, body: str, registry: NameRegistry) -> bool:
    """``word`` is a common word the body capitalises only where a sentence opens: never after a
    lower-case word or a comma ("according to Politico" makes "Politico" a name)."""
    return registry.sentence_initial_word(word) and re.search(rf"[a-z,;] {re.escape(word)}(?![\w’'-])", body) is None


#: Heads of descriptions that are a matter or a quality, never someone or a text that speaks.
_MATTER_NOUNS = frozenset(
    """difference problem problems issue issues topic thing things aspect difficulty difficulties
    reality truth fact facts idea reason result irony trouble challenge danger risk example
    phenomenon quality demands range hell election point lesson""".split()
)
_RELATIVES = frozenset("that who which whom whose".split())
_OWNED = ("’s", "'s", "s’", "s'")


def _no_ones_description(description: str) -> bool:
    """A description headed by a matter ("the difference", "an important aspect", "the physical
    demands") or whose noun the head reader lost: it ends on a thing as owner ("the bill’s"; a body
    as owner is ``without_relative``'s to show alone, "the NME's" -> "the NME"), a compound
    adjective ("a one-eyed", "the hand-written") or a quoted title's mask ("the “····”"). No one
    who speaks, and no garbage to show."""
    words = description.split("(")[0].split()  # "the difference (after …": the aside is no head
    if not words:
        return False
    last = words[-1]
    if last.endswith(_OWNED) and not last[:1].isupper() or "·" in last or "-" in last and last.endswith(("ed", "en")) and last.islower():
        return True
    cut = next((k for k, w in enumerate(words) if k and w.lower() in {"of", "for", "in", "about", "with"}), len(words))
    head = words[cut - 1].lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
    return head in _MATTER_NOUNS


def without_relative(mention: Mention) -> Mention | None:
    """A description the head reader cut right after a relative pronoun, without it ("both
    journalists who" -> "both journalists", "the initial report from the group that" -> "the
    initial report from the group"): the pronoun opens a clause on the head, no part of it. None
    when the head left is no one who speaks ("a mantra that", "an admission that"). A body cut as
    the owner of the noun that was its words is shown without the "'s" ("the NME's" -> "the NME")."""
    words = mention.text.split()
    if mention.kind == "description" and len(words) >= 2 and words[0].lower() == "the" and words[-1][:1].isupper() and words[-1].endswith(_OWNED):
        return Mention("description", " ".join([*words[:-1], words[-1][:-2]]))  # "the NME's (praise)": the NME
    if mention.kind != "description" or len(words) < 3 or words[-1].lower() not in _RELATIVES:
        return mention
    rest = " ".join(words[:-1])
    return Mention("description", rest) if can_speak(rest) else None


#: Adverbs that stand between a subject and its verb ("Sale previously warned", "Wood later told").
_MID_ADVERBS = frozenset("later then never now once always often first also again still just soon since".split())


def _adverb(word: str) -> bool:
    """``word`` is an adverb after a subject, its verb to follow: the word before it is the
    clause's subject ("Sale previously warned"), a name whatever its other reading."""
    return word.lower() in _MID_ADVERBS or is_sentence_adverb(word) or word.endswith("ly")
