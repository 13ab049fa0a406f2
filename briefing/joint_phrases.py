"""The people of a joint phrase ("Ed Kline and Rosa Diaz", "the mayor and the sheriff"):
whether a speaker phrase names two speakers or more (``joint_speakers``), and the head of each
(``joint_heads``), for the readers that show a joint speaker as written or index each person.

Split out of ``speaker_heads``: these read heads but no head reader calls them back, so they
stand above that recursion, one direction only (they import ``speaker_heads``, which does not
import them).
"""

from __future__ import annotations

from .conjunct_words import COORDINATOR, HONORIFIC_COUPLE, OWNED_NOUN
from .coordinated_heads import conjuncts, owners_coordinated
from .head_patterns import _SHARED_ROLE
from .mention import Mention
from .speaker_heads import head_of_segment
from .speech_lexicon import PERSON_NOUNS


def joint_speakers(text: str) -> bool:
    """``text`` names two speakers or more, joined by "and" ("Ed Kline and Rosa Diaz", "the mayor
    and the sheriff"): shown as written, never resolved to one person or read as one name."""
    if COORDINATOR.search(text) is None:
        return False
    if HONORIFIC_COUPLE.match(text) and OWNED_NOUN.search(text):
        return False  # "Mr. and Mrs. Hal Dorsey's lawyer": one person, theirs
    parts = conjuncts(text, read_head=head_of_segment)
    return len(parts) > 1 and not owners_coordinated(parts, read_head=head_of_segment)


def joint_heads(mention: Mention) -> list[Mention]:
    """The heads of a joint speaker's conjuncts ("Pat Quinn and her husband" -> Pat Quinn, her
    husband), for a referent index that wants each person; [] for any other mention."""
    if mention.kind != "description" or not joint_speakers(mention.text):
        return []
    shared = _SHARED_ROLE.fullmatch(mention.text)
    if shared is not None and shared.group(2) in PERSON_NOUNS:
        return []  # "the former Rangers and Liverpool boss": one person
    heads = []
    for part in conjuncts(mention.text, read_head=head_of_segment):
        listed = [head_of_segment(p) for p in part.split(",") if p.strip()]
        if len(listed) > 1 and all(h is not None and h.kind == "name" for h in listed):
            heads += listed  # "Tom Kell, Joe Ames and Ann Lind": three people, not "Joe Ames and …"
        else:
            heads.append(head_of_segment(part))
    return [h for h in heads if h is not None]
