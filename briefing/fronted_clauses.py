"""A quote that is the main clause of its sentence after a fronted clause of condition, cause or
time: 'It isn't clear which came first, Roe says. Just because the trout was seen first, “that
doesn't mean it came first.”'

The quote stands as a sentence of its own would ('Roe says so. “That doesn't mean …”'), whose
speaker is the sentence before that speaks (``sentence_cues.read_sentence_before``): the fronted
clause, set off by its comma, with no verb of saying and no one's words in it, is the speaker's
too. Its subordinator opens the sentence ("If", "When", "Just because", "And even if"), so a main
clause of the writer's ('The mayor left, “…”') or a participle ('Asked about it, “…”') is no such
clause.
"""

from __future__ import annotations

import re

from .speech_verbs import SPEECH_VERB

#: A sentence opening on a subordinator ("Just because …", "And even if …") and running to the
#: comma right before the quote, with no other comma or colon in it (a word in quote marks may
#: stand there: "Just because “taste” receptors were found first, “…”").
_FRONTED = re.compile(
    r"\s*(?=[A-Z])(?:(?:And|But|So)\s+)?(?:(?:[Jj]ust|[Ee]ven|[Oo]nly)\s+)?"
    r"(?i:if|when|whenever|because|although|though|while|once|unless|until|as\s+long\s+as)\s"
    r"[^,;:.!?]{3,160},\s*$"
)


def fronted_clause(sentence: str) -> bool:
    """``sentence``, the masked words of the quote's sentence before the quote, is only a fronted
    clause with no verb of saying ('If asked, Kell says, “…”' has its own cue)."""
    return _FRONTED.fullmatch(sentence) is not None and SPEECH_VERB.search(sentence) is None
