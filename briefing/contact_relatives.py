"""A plural of documents opening the sentence with a relative clause that has no "that": "Documents
Mueller filed with the court showed …", "Emails Kell sent to staff show …".

The capitalised noun runs into the name after it, and read as one run of capitals it made a
garbage name ("Documents Mueller", "Emails Kell") that the registry kept as an antecedent and that
readers then showed under a quote. The noun is the sentence's subject (the documents); the name is
the relative clause's subject, the one who filed or sent them. Only nouns of documents are read so
(a plural like "Banks" or "Brooks" may be a given name or a surname: "Brooks Koepka said"), and only
with a verb right after the name, which the relative clause needs ("Emails Kell sent").
"""

from __future__ import annotations

from .bare_sources import document_noun
from .speech_verbs import LEADING_VERB


def name_after_documents(run_words: list[str], after: str) -> list[str] | None:
    """The words of the name after an opening plural of documents (``run_words``, a run of
    capitals opening the sentence) when a verb follows the run (``after``, the text after it), or
    None when the run is no such noun and name."""
    if len(run_words) < 2 or not (run_words[0].endswith("s") and document_noun(run_words[0])):
        return None
    verb = LEADING_VERB.match(" " + after.lstrip()) if after[:1] == " " else None
    if verb is None or not verb.group().strip()[:1].islower():
        return None
    return run_words[1:]
