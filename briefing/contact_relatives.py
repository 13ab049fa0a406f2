"""A plural of documents opening the sentence with a relative clause that has no "that": "Documents
Mueller filed with the court showed …", "Emails Kell sent to staff show …".

The capitalised noun runs into the name after it, and read as one run of capitals it made a
garbage name ("Documents Mueller", "Emails Kell") that the registry kept as an antecedent and that
readers then showed under a quote. The noun is the sentence's subject (the documents); the name is
the relative clause's subject, the one who filed or sent them. Only nouns of documents are read so
(a plural like "Banks" or "Brooks" may be a given name or a surname: "Brooks Koepka said"), and only
with a verb right after the name, which the relative clause needs ("Emails Kell sent").
When that verb says the name wrote or sent them ("Emails Kell sent", "Letters Ann Roe wrote"), the
words they show are that writer's, and a "he" or "she" after is theirs ("… showed that he wanted
“…”"); documents someone only obtained or read ("Records Kell obtained show") are no one's.
"""

from __future__ import annotations

import re

from .bare_sources import document_noun
from .speech_verbs import LEADING_VERB

#: Verbs by which the subject writes or sends the words itself ("wrote a letter", "sent a note",
#: "Emails Kell sent to staff"): the words are that writer's.
WRITES = re.compile(r"(?<![\w’'-])(?:wrote|writes|sent|sends|penned|pens|drafted|drafts|signed|signs|texted|posted|posts)(?![\w’'-])")


def name_after_documents(run_words: list[str], after: str) -> list[str] | None:
    """The words of the name after an opening plural of documents (``run_words``, a run of
    capitals opening the sentence) when a verb follows the run (``after``, the text after it), or
    None when the run is no such noun and name."""
    if writer_after_documents(run_words) is None:
        return None
    verb = LEADING_VERB.match(" " + after.lstrip()) if after[:1] == " " else None
    if verb is None or not verb.group().strip()[:1].islower():
        return None
    return run_words[1:]


def writer_after_documents(run_words: list[str]) -> list[str] | None:
    """The words of the name after an opening plural of documents, in a run of capitals that
    stands before its verb ("Letters Kell" of "Letters Kell wrote to staff show …"); None when the
    run opens on no such noun."""
    if len(run_words) < 2 or not (run_words[0].endswith("s") and document_noun(run_words[0])):
        return None
    return run_words[1:]
