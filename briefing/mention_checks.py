"""The final checks on a quote's speaker, for ``quote_attribution``: once every reader has had
its say, the mention found is written as the body writes it, a closing "he" is placed where its
clause starts, and a speaker is dropped or replaced when the clause before the quote has a
subject of its own that speaks (an open "who" clause, a subordinate clause, an opener, a thing's
relative, a group's example).
"""

from __future__ import annotations

import re

from .cue_vetoes import (
    example_of_a_group,
    first_person_predicate,
    imagined_words,
    not_the_narrators_verb,
    owner_of_judged_words,
    subject_after_opener,
    subordinate_subject_cue,
    thing_relative_cue,
)
from .masked_sentences import WORD, last_sentence
from .masking import ABBREVIATION_DOT, MASK, as_written, restore
from .mention import Mention
from .nameless_words import names_no_one, without_relative
from .quote_reading import Reading
from .relative_clauses import who_antecedent
from .sentence_cast import asking_verb, asks_a_person
from .speaker_kinds import names_organisation
from .speaker_labels import ACRONYM_LETTERS, written_otherwise
from .speech_lexicon import CLAUSE_OPENERS, SPEAKER_AFTER
from .speech_verbs import SPEECH_VERB

#: A fronted phrase that may name the holder of the view the clause gives ("To Ana Weller,", "In
#: Weller's view,", "For the mayor,").
_HOLDER_FRAME = re.compile(r"\s*(?:To|For|In)\s+[^,;:.]{2,80},")
#: What sets the words before a quote off as a clause of their own ('Reyes was blunt: “…,” he
#: said'), or a quote already in them.
_CLAUSE_BREAK = re.compile(r"[:;“”\"·]")


#: A "who" clause on a name still open at the quote, with no subject of its own ("…, Joe Conason,
#: who detailed “", "Ana Reyes, who may have to decide once again “").
#: A clause of its own inside it ("who sued after the department failed to respond “") ends the
#: relative's reach: a subordinator or a conjunction stops it.
_OPEN_WHO = re.compile(
    r",\s+who\s+(?:(?!(?:who|which|that|he|she|they|I|we|after|before|when|because|while|if|as|since|until|although|"
    r"though|unless|where|so|and|but|or)\s)[^,;:“”\"·—–()\s]+\s+){0,10}$"
)


#: A he or she and a verb of saying set off by a comma after a clause of its own: ", he claimed"
#: of "Mr Reyes has failed, he claimed, saying …" (group 1: the pronoun).
_COMMA_CUE = re.compile(rf",\s+(he|she)\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern})(?![\w’'-])")
#: The first word of a clause that is no main clause of its own: a subordinator, a preposition or
#: a participle ("When Reyes lost, he said", "Asked about Reyes, she said", "Speaking to Reyes, …").
_NOT_A_MAIN_CLAUSE = re.compile(rf"\W*(?:(?:and|but|so|yet)\s+)?(?:{'|'.join(sorted(CLAUSE_OPENERS))}|[a-z]+ing|[a-z]+ed|asked|told)\b", re.IGNORECASE)
#: A subordinator anywhere in the words before the comma: "Moments after Kline lost, he said" opens
#: on a clause of time all the same.
_SUBORDINATOR = re.compile(r"\b(?:after|before|when|whenever|while|as|since|because|if|once|until|although|though|whereas|unless)\b", re.IGNORECASE)


#: A verb of saying and its "that" clause: what follows is someone's report.
_REPORTED_THAT = re.compile(rf"\b(?:{SPEECH_VERB.pattern})(?:\s+[\w’'-]+){{0,3}}?\s+that\s")


def _open_relative_speaker(sentence: str, mention: Mention) -> Mention | None:
    """The quote is the object of a relative clause's verb on a named person ('The Times cited a
    book by Joe Conason, who detailed “…”', 'a bind for Ana Reyes, who may have to decide “…”'):
    its words are that person's, not those of the main clause's subject or of anyone before."""
    relative = _OPEN_WHO.search(sentence)
    if relative is None or mention.kind == "pronoun" or _REPORTED_THAT.search(sentence, 0, relative.start()):
        return mention  # 'Foster points out that people from the West Indies, who were “…”': Foster's report
    antecedent = who_antecedent(sentence[: relative.start()])
    if antecedent is None or antecedent.kind != "name" or set(antecedent.text.split()) & set(mention.text.split()):
        return mention
    if names_organisation(antecedent.text.split()[-1]):
        return mention  # 'a lawsuit filed by a reporter of Vice News, who …': a body's name, maybe not the person
    return antecedent


def _reported_before_cue(sentence: str, pronoun: str) -> str | None:
    """The main clause a comma and ``pronoun``'s cue close ("Mr Reyes has failed to fix the roads"
    of "Mr Reyes has failed to fix the roads, he claimed, saying …"), or None: not a clause of
    time, a phrase or a participle, whose person the he may well be ("When Reyes lost, he said",
    "Asked about it, she said"), nor one with a cue or a quote of its own."""
    cue = _COMMA_CUE.search(sentence)
    if cue is None or cue.group(1) != pronoun:
        return None
    reported = sentence[: cue.start()]
    if not WORD.search(reported) or _NOT_A_MAIN_CLAUSE.match(reported) or _SUBORDINATOR.search(reported):
        return None
    if _CLAUSE_BREAK.search(reported) or SPEECH_VERB.search(reported):
        return None
    return reported


def _answer_after_asking(sentence: str, verb: str | None, quote: str) -> bool:
    """The cue is a question put to a person the sentence names, its colon opening the quote,
    and the quote asks nothing: the words are the answer, not the cue's subject's."""
    return asking_verb(verb) and sentence.rstrip().endswith(":") and not quote.rstrip().endswith("?") and asks_a_person(sentence)


#: A determiner or an owner right before a quote's opening mark: the quote modifies the noun after
#: it ('the “Fair Deal” crowd', 'his “Rust Belt” voters').
_DETERMINER_BEFORE_MARK = re.compile(r"(?<![\w’'-])(?:the|a|an|this|these|those|his|her|its|their|our|[\w.-]+[’']s)\s*[“\"‘']?$", re.IGNORECASE)


def _noun_after_quoted_modifier(r: Reading) -> bool:
    """The subject read right after the paragraph's earlier quote is only the head noun of a phrase
    that quote sits in ('Members of the "Fair Deal" crowd said “…”' gave "crowd"): the earlier
    quote is a name or a label after a determiner, a lower-case noun goes on right after it, and
    the subject is that noun's phrase cut at the mark, so the one who speaks is before the quote
    (read wrong, or a quantifier we cannot name: nobody)."""
    prev = r.same_par_prev
    if prev is None or r.mention is None or r.mention.kind != "description" or r.f.from_tail:
        return False
    words = r.blocks[prev.paragraph].text[prev.span.start : prev.span.end].rstrip()
    if not prev.span.closed or words[-1:] in ",.!?…" or not re.match(r"\s+[a-z]", r.between):
        return False  # '“…,” one of the prosecutors said': words of their own, ended
    if not r.between.lstrip().lower().startswith(r.mention.text.lower()):
        return False
    return _DETERMINER_BEFORE_MARK.search(r.masked, 0, prev.span.mark_start + 1) is not None


def _scare_quoted_noun(r: Reading) -> bool:
    """The description's head noun is a common word the writer set off in quote marks ('The
    “experts” also claimed that …', 'the “narratives” said'): the mask hides a lower-case noun,
    still the subject who speaks (and shown as written), unlike a quoted title's mask ('the
    “Crown”', 'The “Apprentice”'), whose capital makes it a name of a work, no one."""
    if r.mention is None or r.mention.kind != "description" or MASK not in r.mention.text.split()[-1]:
        return False
    written = as_written(r.mention.text, r.masked, r.blocks[r.f.paragraph].text, r.f.span.mark_start)
    noun = written.split()[-1].strip("“”\"‘’'") if written else ""
    return len(noun) > 2 and noun.isalpha() and noun.islower()


#: A subject negated in pairs, "Neither X nor Y", up to its "nor" (no clause break inside).
_NEITHER_NOR = re.compile(r"(?<![\w’'-])[Nn]either\s+[^,;:“”\"]*?\snor\s")


def _negated_pair_subject(sentence: str, mention: Mention) -> bool:
    """The speaker read is one of a pair the sentence negates ("Neither Tom J. Kell nor his rivals
    said “…”", "Neither Kell nor Ann Roe wants “…”"): neither said the words, so neither is their
    speaker (the name reader took "Neither Tom J. Kell" for a name, the list reader the last one).
    Not a speaker before or after the pair ("Kell said neither the mayor nor the board backed
    “…”", "Neither the mayor nor the board backed it, Kell said, calling it “…”")."""
    pair = _NEITHER_NOR.search(sentence)
    if pair is None:
        return False
    at = restore(sentence).lower().find(mention.text.lower(), pair.start())
    return pair.start() <= at <= pair.end()  # not "Neither … nor …, Tom Kell said"


def check_mention(r: Reading) -> None:
    """The final checks on the speaker found, in order: an unsaid verdict's, the written form of
    a name (abbreviations, a transcript's capitals), where a closing "he" is resolved, the
    antecedent of an open "who" clause, and the clauses whose subject speaks rather than the cue's
    (subordinate, after an opener, a thing's relative, a first-person predicate, a group's
    example)."""
    f = r.f
    if r.judged and r.judge is None and not f.from_tail and r.verb not in SPEAKER_AFTER:
        r.mention, r.verb = None, None  # 'Dorsey, long derided as “…”, retired': whose verdict goes unsaid
    if r.mention is not None and ABBREVIATION_DOT in r.mention.text:
        r.mention = Mention(r.mention.kind, restore(r.mention.text))
    if r.mention is not None and r.mention.kind == "name" and r.mention.text.isupper() and len(r.mention.text) > ACRONYM_LETTERS:
        # 'REYES (interrupting): “…”': a transcript's capitals, as the body writes the name
        r.mention = Mention("name", written_otherwise(r.mention.text, r.body) or r.mention.text)
    if r.mention is not None and r.mention.is_he_or_she and f.from_tail and f.mentioned_at is None:
        # 'What Page was doing was “…,” he said': the "he" of a closing cue is no one the words
        # before the quote name in its own clause, so it is resolved where that clause starts
        # (unless the clause has a cue of its own, 'Tyler said that Cruz has “…,” he said', or
        # opens on the view's holder, 'In Ana Weller's view, the plan is “…,” she said')
        reported = last_sentence(r.head)
        if WORD.search(reported) and not _CLAUSE_BREAK.search(reported) and not SPEECH_VERB.search(reported) and not _HOLDER_FRAME.match(reported):
            f.mentioned_at = f.start - f.span.start + f.span.mark_start - len(reported)
    if r.mention is not None and r.mention.is_he_or_she and not f.from_tail and f.mentioned_at is None:
        # 'Mr Reyes has failed, he claimed, saying he has the “wrong plan”': the he of a cue set
        # off after a main clause reports that clause, so is no one it names (Reyes is what he
        # claimed about): resolved where that clause starts, as a closing cue's he is
        if _reported_before_cue(last_sentence(r.head), r.mention.text) is not None:
            f.mentioned_at = f.start - f.span.start + f.span.mark_start - len(last_sentence(r.head))
    if _noun_after_quoted_modifier(r) or r.mention is not None and not f.from_tail and _negated_pair_subject(last_sentence(r.head), r.mention):
        r.mention, r.verb = None, None
    if r.mention is not None and not f.from_tail and r.judge is None:
        r.mention = _open_relative_speaker(last_sentence(r.head), r.mention)
    if r.mention is not None and not f.from_tail and _answer_after_asking(last_sentence(r.head), r.verb, f.text):
        # 'Reporters asked Ann Weller about the plan: “I have said all …”': the answer, hers (the
        # asker's words would be the question), as after a question's own sentence ("Ann Roe
        # asked Tom Kell about the rift. “We are not speaking.”")
        r.mention, r.verb = None, None
    if r.mention is not None and (not f.from_tail or r.verb != "according to") and subordinate_subject_cue(last_sentence(r.head), r.mention.text, r.mention.kind == "pronoun"):
        # 'Ames was cleared after prosecutors determined “…”', 'While Ames did not spell out
        # “…”, Rep. Tom Kell says': the clause's own subject's words, whom we cannot name
        # ('After Ames argued “…”, Kell said' is read as Ames's by ``head_attribution``)
        r.mention, r.verb = None, None
    if r.mention is not None and (r.mention.kind == "name" or r.mention.is_he_or_she) and not f.from_tail:
        opener_subject = subject_after_opener(last_sentence(r.head), r.mention.text)
        if opener_subject is not None:
            # 'Like her husband, Milton Berg, she … plans “…”': hers, not her husband's
            r.mention, r.verb = (Mention("pronoun", opener_subject), None) if opener_subject in {"he", "she"} else (None, None)
    if r.mention is not None and not f.from_tail:
        open_sentence = last_sentence(r.head)
        if (
            # 'Kell mocked Ann Weller’s “…”': the owner's words, judged
            owner_of_judged_words(open_sentence, r.mention.text)
            or
            # 'Haddad heads the Forum, which says it aims to “…”': the forum's words
            (r.mention.kind == "name" and thing_relative_cue(open_sentence, r.verb, r.mention.text))
            # 'Marsh drove her home, where he “pushed me down”': the "me" speaks
            or first_person_predicate(open_sentence, f.text)
            # 'I ask Rowe if he …; he claims to “…”': the "he" speaks
            or (r.mention.kind == "pronoun" and r.mention.text == "i" and not_the_narrators_verb(open_sentence, r.verb))
            # 'Democrats like Tom Ames say “…”': the group's words, not the example's
            or (r.mention.kind in {"name", "description"} and example_of_a_group(open_sentence, r.mention.text))
            # 'His face lit up, as if to say, “…”': what a look seemed to say, no one's words
            or imagined_words(open_sentence)
        ):
            r.mention, r.verb = None, None
    if r.mention is not None and r.mention.kind in {"name", "description"}:
        r.mention = without_relative(r.mention)
        clause = r.masked[f.span.mark_end : r.nxt] if f.from_tail else last_sentence(r.head)
        if r.mention is None or names_no_one(r.mention, clause, r.body, r.registry, tail=f.from_tail) and not _scare_quoted_noun(r):
            # '“…,” European said', 'in Jackson County, Arkansas, insisted “…”': an adjective
            # alone, or a place that is no subject of the clause, names no one to show
            r.mention, r.verb = None, None
