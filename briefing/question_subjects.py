"""Yes-no questions, whose subject stands after the auxiliary verb that opens them.

A question opened by an auxiliary verb puts its subject after the verb ("Does he think Pike will
win?", "Was Hale satisfied with Pike's answer?"). Read as a statement, the first name in it, the
subject of a clause inside or an object ("Pike"), was taken for the sentence's subject, so a bare
quote or a "he said" after the question went to the person asked about. The subject is read
after the auxiliary instead, and counts only when it is a name or a he/she (the one a writer asks
about, who answers next: "Was Hale satisfied? “To a point,” he said"). A copula asking what a
name is or how a he/she is ("Is Pike the answer?", "Is he serious?", often the writer's own
musing) and any other question give no subject: "when unsure, say less".
"""

from __future__ import annotations

import re

from .mention import Mention

#: A yes-no question's opening: an auxiliary verb, negated or not, before the subject.
_AUXILIARY_OPENING = re.compile(
    r"\s*(?:(?:But|And|So),?\s+)?(?:Does|Do|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Had)"
    r"(?:n[’']t)?\s+(?=[\w’'-])"
)

#: A copula asking whether a name is a thing ("Is Pike the answer?", "Was Hale a good mayor?").
_COPULA_WITH_NOUN = re.compile(r"\s*(?:(?:But|And|So),?\s+)?(?:Is|Are|Was|Were)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:a|an|the|really\s+the)\s")

#: A copula asking about a he or she ("Is he serious?"), where "Does he think …?" asks for his view.
_COPULA_WITH_PRONOUN = re.compile(r"\s*(?:(?:But|And|So),?\s+)?(?:Is|Was)(?:n[’']t)?\s+(?:he|she)\s")


def after_auxiliary(sentence: str) -> str | None:
    """For a yes-no question (``sentence`` opens on an auxiliary verb and ends with "?"), the part
    after the auxiliary ("Does he think Pike will win?" -> "he think Pike will win?"), empty when
    a copula asks what a name is or how a he/she is ("Is Pike the answer?", "Is he serious?");
    None for any other sentence. "Will Pike win?" is such a question, whose "Will" is no given
    name."""
    if not sentence.rstrip(" ”\"’'").endswith("?"):
        return None
    opening = _AUXILIARY_OPENING.match(sentence)
    if opening is None:
        return None
    if _COPULA_WITH_NOUN.match(sentence) or _COPULA_WITH_PRONOUN.match(sentence):
        # "Is Pike the answer?", "Is he serious?": a question about the person (a writer's own, often),
        # whose answer may be anyone's
        return ""
    return sentence[opening.end() :]


def person_asked(subject: Mention | None) -> Mention | None:
    """The subject read after a question's auxiliary, when it is a name or a he/she ("Was Hale
    satisfied?" -> Hale); None for anything else ("Is the plan working?")."""
    return subject if subject is not None and (subject.kind == "name" or subject.is_he_or_she) else None
