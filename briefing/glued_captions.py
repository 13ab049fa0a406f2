"""The speaker of "Name, <appositive>, said" when a caption or a sentence without its full stop runs
into the name: '… Mr Dale was fined after he came back late Rachel Pryce, director of the drivers'
group Roadwise, said: “…”'.

Pages flattened to one paragraph (and text pasted from them) lose the break after a photo caption
or a sentence, so the words before the verb read as one clause opening on "The shop, pictured
above, offers …", whose first piece the appositive reading takes for the subject ("the shop"): a
wrong name under the quote. A clause of the writer's own, with a finite verb, that runs straight
into a capitalised name set off by commas before the verb of saying has ended before the name:
no verb's subject stands after a finite clause without a stop or a conjunction. The name is the
speaker.

Not when the name may be an object or inside a phrase of the clause before it: after a function
word ("to", "by", "of", "and", "the"), a verb form ("praised", "meeting"), "the late"; nor when a
relative clause ("The officer who arrested Tom Reyes, 23, said") or no finite auxiliary or copula
("The woman married to striker Tom Reyes, 23, said") shows the clause before the name going on.
"""

from __future__ import annotations

import re

from .lexicon import STOPWORDS
from .mention import Mention
from .organisation_names import DETERMINERS
from .speech_verbs import LEADING_VERB

#: A clause before a verb of saying ending on a lower-case word, a capitalised name of two to four
#: words and one appositive set off by commas, maybe after an age (groups: lead, word, name); not
#: two appositives, the second of which may be the subject ("… owner Tom Reyes, his son, Ann's
#: husband, said").
_GLUED_NAME = re.compile(
    r"(?P<lead>.*\S)\s+(?P<word>[a-z][\w’'-]*)\s+(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)"
    r"(?:,\s*\d{1,3})?,[^,;:“”\"]{1,120},\s*$",
    re.DOTALL,
)
#: An auxiliary or a copula: the lead is a finite clause of its own.
_FINITE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|has|have|had|will|would|can|could|does|did)(?![\w’'-])")
#: A relative pronoun: the lead's clause may go on to the name ("who arrested Tom Reyes").
_RELATIVE = re.compile(r"(?<![\w’'-])(?:who|whom|whose|which|that)(?![\w’'-])")
#: Fewest words of the lead: a clause of its own, not a title or a phrase before the name.
_LEAD_WORDS = 6


def glued_speaker(clause: str) -> Mention | None:
    """The name set off by commas right before the verb of saying, when the clause before it ended
    without a stop (see the module's docstring); None otherwise."""
    if not clause.rstrip().endswith(","):
        return None
    glued = _GLUED_NAME.fullmatch(clause)
    if glued is None:
        return None
    lead, word = glued.group("lead"), glued.group("word")
    if word in STOPWORDS or word.endswith(("ing", "ed")) or LEADING_VERB.fullmatch(" " + word):
        return None
    if lead.split()[-1].lower() in DETERMINERS or len(lead.split()) < _LEAD_WORDS:
        return None  # "the late Tom Reyes", "his fellow …"
    if not _FINITE.search(lead) or _RELATIVE.search(lead):
        return None
    return Mention("name", glued.group("name"))
