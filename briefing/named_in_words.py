"""Whether the person a "he" or "she" went to is named in the very quote that pronoun reports.

People do not call themselves by their given name in their own words: in "“I've had a quiet
word with Olof,” he said" the speaker is not Olof, and in "“I said to Harry ‘don't go’,” he
said" not Harry. So the person the resolver chose, named so in the quote, is
passed over, as a listener the clause names is ("She asked Richards “…”").

Kept narrow, because other forms of a name do occur in a speaker's own words: a full name, when a
politician speaks of himself for effect ("it's not Bernie Sanders", "the teenage Michael Howard")
or signs off; a surname alone, which kin share ("Venus Williams" in Serena's words); a given name
with another name after it ("Michael Carrick" in Michael Owen's); and any name inside a quote
within the quote, which may be someone else addressing the speaker ("He always said, ‘Billie
Jean, you are the queen’"); and "Mr Blair", which a quote whose closing mark was lost runs into
the narration after it ("…,” Mr Rees said"). What counts: the given name standing alone.
"""

from __future__ import annotations

import re

from .word_search import has_word

#: A quote inside the quote, in single marks (an apostrophe inside, as in "don't", does not close it).
_INNER_QUOTE = re.compile(r"(?:^|(?<=[\s,:;(]))['‘].*?['’](?=[\s,.;:!?)]|$)")
#: After a given name standing alone: no more of a word, and no capitalised word (its surname).
_ALONE_AFTER = re.compile(r"(?![\w’'-]|\s+[A-Z])")


def named_in_quote(person: str, quote: str) -> bool:
    """``person``, whom a "he" or "she" went to, is named in the ``quote`` by the given name
    standing alone (outside any quote inside it)."""
    words = person.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False  # a description ("the minister") or one name, maybe a surname the speaker's kin share
    own = _INNER_QUOTE.sub(" ", quote)
    return has_word(own, words[0], _ALONE_AFTER)
