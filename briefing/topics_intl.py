"""Tidying the topics of a non-English article (``topics.extract_topics`` finds them).

Capitalisation says less outside English: a sentence may open with any capitalised word
("Основний удар…", "Quelque 1 100 pompiers…") and German capitalises every noun, and a
person's role or a genitive noun glues onto a name ("Finanzministerin Katrin Albers",
"Київради Олена Ковальчук"). So: a one-word topic the text writes capitalised only at sentence
starts is dropped, and a name keeps only its part from the known first name on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .languages import LanguageData
from .names_intl import first_name, is_title

_SENTENCE_START = re.compile(r"(?:^|[.!?…»“]\s+|\n)[«„»“\"—–\s]*$")


def tidy_topics(topics: Sequence[str], title: str, text: str, data: LanguageData) -> list[str]:
    """``topics`` without sentence-initial one-offs (kept when the title has them too) and
    with names cut to start at their first name."""
    out: list[str] = []
    for topic in topics:
        words = topic.split()
        if len(words) > 1:
            known = [i for i, w in enumerate(words[:-1]) if first_name(w, data) is not None]
            if known:
                words = words[known[0] :]
            while len(words) > 1 and is_title(words[0], data):
                words = words[1:]
        elif (
            words
            and words[0][:1].isupper()
            and words[0] not in title.split()
            and _only_sentence_initial(words[0], text)
        ):
            continue
        tidy = " ".join(words)
        if tidy and tidy not in out:
            out.append(tidy)
    return out


def _only_sentence_initial(word: str, text: str) -> bool:
    found = False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        if not _SENTENCE_START.search(text[max(0, m.start() - 6) : m.start()]):
            return False
        found = True
    return found
