"""A he or she right after a person's own words, where the person it goes to is not sure.

A person spoke inside someone else's report:

"Kell said he had visited Marsh, who had told him the plan could “…”. He added: “…”": the quote
before the pronoun is Marsh's (the relative clause's cue says so), but Marsh is named only inside
what Kell reports; the sentence is Kell's, and a writer's "He added" after it goes on with the
sentence's reporter as often as with the person he quotes. The walk-back takes the latest
speaker, Marsh, and so put the next words in his mouth; whose they are the text does not settle,
so no one is named (no speaker beats a wrong one).

Not when the reported person is the sentence's subject ("Marsh told Kell that the plan …. He
added"), nor when the sentence's verb is no verb of saying ("Kell visited Marsh, who said …. He
added": Marsh spoke, Kell did not).

A source's quote ("per an aide", "according to an aide") in a sentence whose own subject is a
named person ("During his speech, per an aide, Romney will focus on jobs, outlining “…”"): the
sentence is about Romney; a later "he" found the aide, the latest speaker, where the text goes on
about Romney as likely. No one is named.

A "she" right after the quote of a person whose only gender is an office in "-man" that wire copy
writes for women too ("Foreign Ministry spokesman Mei Lanfang … said the talks were “…”. “…,” she
said"): the role made her a man and sent the "she" to someone before her; the she goes on with
her turn, nothing named between the two quotes.
"""

from __future__ import annotations

import re

from .found_quotes import Found, Masks
from .given_names import given_name_gender
from .masked_sentences import last_sentence
from .names import NameRegistry
from .sentence_subjects import leading_np
from .speech_lexicon import PRONOUN_GENDER, SPEAKER_AFTER
from .speech_verbs import SPEECH_VERB

#: Characters between a sentence's subject and its verb of saying ("Kell, the director, said").
_SUBJECT_TO_VERB = 60


def reported_inside_report(f: Found, last: Found | None, masks: Masks, registry: NameRegistry) -> bool:
    """``f``'s he or she went to ``last``'s speaker, who is named only after the verb of saying of
    another person of that gender, the subject of ``last``'s sentence."""
    if f.mention is None or not f.mention.is_he_or_she or last is None or f.speaker is None or f.speaker != last.speaker:
        return False
    if last.mention is None or last.mention.kind != "name" or f.paragraph - last.paragraph > 1:
        return False
    sentence = last_sentence(masks[last.paragraph][: last.span.mark_start])
    subject = leading_np(sentence)
    if subject is None or subject.kind != "name" or set(subject.text.split()) & set(f.speaker.split()):
        return False
    start = sentence.find(subject.text)
    cue = SPEECH_VERB.search(sentence, max(start, 0) + len(subject.text)) if start >= 0 else None
    if cue is None or cue.start() - start - len(subject.text) > _SUBJECT_TO_VERB:
        return False
    if sentence.find(last.mention.text, cue.end()) < 0:
        return False  # the quote's speaker is not named inside the report
    main = registry.fullest(subject.text, f.start)
    return registry.gender_of(main) in (None, PRONOUN_GENDER.get(f.mention.text))


def source_over_subject(f: Found, last: Found | None, masks: Masks, registry: NameRegistry) -> bool:
    """``f``'s he or she went to ``last``'s speaker, the source of an "according to" or a "per"
    whose sentence has a named subject of its own that the pronoun may mean as well."""
    if f.mention is None or not f.mention.is_he_or_she or last is None or f.speaker is None or f.speaker != last.speaker:
        return False
    if (last.verb or "").lower() not in SPEAKER_AFTER:
        return False
    sentence = last_sentence(masks[last.paragraph][: last.span.mark_start])
    subject = leading_np(sentence) if sentence.strip() else None
    if subject is None or subject.kind != "name" or set(subject.text.split()) & set(f.speaker.split()):
        return False
    main = registry.fullest(subject.text, last.start)
    return registry.gender_of(main) in (None, PRONOUN_GENDER.get(f.mention.text))


#: A capital letter: a name (or a sentence) between two quotes.
_CAPITAL = re.compile(r"[A-Z]")


def she_of_office_holder(f: Found, last: Found | None, masks: Masks, registry: NameRegistry) -> str | None:
    """``last``'s speaker for ``f``'s "she" right after ``last``'s quote in the same paragraph,
    when only an either-sex office ("spokesman", "chairman") made that speaker a man and nothing
    stands between the two quotes but punctuation."""
    if f.mention is None or f.mention.text != "she" or last is None or last.speaker is None or f.speaker == last.speaker:
        return None
    if last.paragraph != f.paragraph or last.mention is None or last.mention.kind != "name":
        return None
    speaker = last.speaker
    if speaker not in registry.office_only or given_name_gender(speaker) is not None or registry.gender.get(speaker) not in (None, "f"):
        return None
    between = masks[f.paragraph][last.span.mark_end : f.span.mark_start]
    return speaker if len(between) < 12 and _CAPITAL.search(between) is None else None
