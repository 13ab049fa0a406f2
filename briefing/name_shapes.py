"""Capitalised words that read as a subject's name but are no one a "he" or "she" may mean, and
the person a writer's joint subject brings in, for ``salience.SubjectIndex``.

News and blog text opens sentences on words a name reader takes for names: a question's verb and
its "I" ("Am I allergic to something? she wondered"), a greeting before the one greeted ("Hi
Tim, have you found …", "Hey, I have a suggestion"), a holiday ("Canada Day came and went").
A later pronoun finding one of them puts the words in no one's mouth, or in the wrong one's.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .joint_phrases import joint_speakers
from .mention import Mention
from .referents import person_description
from .speaker_heads import head_of_segment

#: Greetings that open a comment or a letter before the name of the one greeted ("Hi Tim,").
_GREETINGS = frozenset("Hi Hey Hello Dear".split())
#: A joint subject of someone and the writer ("My mother and I", "I and my brother"; group 1 or
#: 2: the other one).
_WITH_THE_WRITER = re.compile(r"(.+?)\s+and\s+(?:I|me)|(?:I|me)\s+and\s+(.+)")


def no_ones_name(text: str) -> bool:
    """``text``, read as a sentence's subject name, is a question's "I", a greeting or a holiday
    (not "Doris Day", whose given name makes her a person)."""
    words = text.split()
    return words[-1] == "I" or words[0] in _GREETINGS or words[-1] == "Day" and len(words) > 1 and given_name_gender(text) is None


def writers_companion(subject: Mention, before: str = "") -> Mention | None:
    """The other one of a joint subject with the writer ("My mother and I quarrelled. She told me
    …"): the person a he or she after it means, the writer being an "I"; the others, a group a
    "they" means, when two or more are joined ("Tom Reyes and Dan Pike and I were creating the
    show. They said, “…”"). None for any other subject, a companion that is no person, or the
    last of a list the subject's reading cut (``before``, the sentence's words before it, ends on
    a name and a comma: "Tom Reyes, Dan Pike and I" is no "Dan Pike and I", whom a "he" means)."""
    mate = _WITH_THE_WRITER.fullmatch(subject.text) if subject.kind == "unnamed" else None
    if mate is None or _NAME_AND_COMMA_END.search(before):
        return None
    other = head_of_segment(mate.group(1) or mate.group(2))
    if other is not None and other.kind == "description" and joint_speakers(other.text):
        return other  # "Tom Reyes and Dan Pike and I": the two, a "they"
    return other if other is not None and (other.kind == "name" or person_description(other)) else None


#: A name and a comma ending a text: a list runs on after it.
_NAME_AND_COMMA_END = re.compile(r"[A-Z][\w’'.-]*,\s*$")
