"""The attribution closing a quote's sentence after more text: 'The promise to "take our
country back" appeals to …, said Alan Abramowitz, a demographer.', '…, Jim Cantrell, chief
executive of Vantor, told NBC News.'

Separate from ``tail_attribution``, which reads the words right after the closing mark: this reads
the clause set off by a comma at the very end of the sentence, from its last speech verb back
(``quote_attribution`` and ``salience`` call it).
"""

from __future__ import annotations

import re

from .cue_sources import CLAUSE_ENDS, INVERTIBLE, LISTENER_VERBS, told_whom
from .inverted_speakers import phrase_after
from .masked_sentences import WORD, first_sentence
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import UPPER
from .organisation_names import organisation_name
from .speaker_heads import head_of_segment
from .speakers import subject_before
from .speech_lexicon import ADDRESSEE_VERBS, INTRO_WORDS, NAMING_VERBS, PERSON_NOUNS, SPEAKER_AFTER
from .speech_verbs import SPEECH_VERB, first_verb
from .unlisted_cues import speaking_person

#: Longest subject of a closing "…, X said." (a titled name: "Justice Department senior trial
#: counsel Caroline Lewis Wolverton"); descriptions must stay within four words.
_CLOSING_SUBJECT_WORDS = 8
#: A name with its appositives between a later quote and the verb ("Howard Dean, the former
#: governor of Vermont, proclaimed"), and the text after that quote's closing mark.
_APPOSED_SUBJECT_WORDS = 14
_LAST_CLOSING_MARK = re.compile(r"[”\"]([^”\"]*)$")
#: Words opening a relative clause, whose verb is no cue closing the sentence.
_RELATIVE_WORDS = frozenset("which who whom whose that where when".split())
#: A comma and the sentence's next quote right after a closing cue, maybe after a few words of
#: its own ('…, Dorn said, “but …”', '…, Dorn told reporters on Friday, “and …”').
_THEN_NEXT_QUOTE = re.compile(r"[^,;:.!?“”\"]{0,30},\s*[“\"]")


#: A relative pronoun right before a speech verb (an -ly adverb between): the verb is in a
#: relative clause about the speaker ("said a nurse who asked not to be named"), not the cue.
_RELATIVE_BEFORE_VERB = re.compile(r"\s(?:who|whom|which|that)(?:\s+[a-z]+ly)?$")


#: Words right after a speech verb that show it is no inverted cue ("spoke about", "wrote of").
_NO_INVERSION_AFTER = frozenset("about of with for from into over against through across toward towards around like".split())


def _apposed_subject(before: str) -> Mention | None:
    """The name of one of the last comma-set phrases before a closing verb: "…, Jim Cantrell, chief
    executive of Vantor, told NBC News." -> Jim Cantrell; "…, Ann Roe, who chairs the council,
    said." -> Ann Roe; "…, Vantor's chief, Jim Cantrell, said." -> Jim Cantrell. The phrase must
    be the name (with a title before it or a place after it), not a clause that holds one."""
    segments = before[:-1].split(",")
    for k in (1, 2, 3):  # a name after its role; a name and its appositive; a name, an age and a role
        segment = segments[-k].strip() if len(segments) > k else ""
        if segment[:1].isupper():
            named = subject_before(segment + " ")
            if named is not None and named.kind == "name" and (segment.endswith(named.text) or segment.startswith(named.text + " of ")):
                return named
    return None


#: Words opening a second subject or a clause, never a role ("and the head of the council").
_NOT_A_ROLE_OPENING = frozenset("and or but nor while who whom which whose where when".split())
#: A relative clause on a person with its own verb ("who runs the Hope Centre", "who heads it"),
#: standing where a role would.
_WHO_CLAUSE = re.compile(r"\s*who\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\s")
#: A role's head before its complement ("head of the new unit", "a lawyer for the family").
_ROLE_HEAD = re.compile(r"\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)(?:\s+(?:of|for|at|with|in)\s.*)?$")


def name_before_open_role(name_part: str, role: str) -> Mention | None:
    """The name of ``name_part`` when ``role``, the phrase after its comma, is a role whose
    closing comma the writer left out before the verb: "Vexbit is moving into content, Tom Reyes,
    head of its new unit told the forum." is Reyes's report (the role his apposition), not a
    clause about "head of its new unit"; '“…”, Rabbi Tom Pike, founder of the Hope Centre said.'
    is Pike's, not the centre's. Only a name alone in its piece and a role headed by a noun of
    people or a relative clause with its own verb ("Tom Pike, who runs the Hope Centre said")."""
    words = role.split()
    head = _ROLE_HEAD.match(role) if words and words[0] not in _NOT_A_ROLE_OPENING else None
    if (head is None or head.group(1) not in PERSON_NOUNS) and not _WHO_CLAUSE.match(role):
        return None  # not ", and the head of the council" (a second subject), nor "the new unit"
    segment = name_part.strip()
    named = subject_before(segment + " ") if segment[:1].isupper() else None
    return named if named is not None and named.kind == "name" and segment.endswith(named.text) else None


#: A person's name and the organisation "of" which they are, as a closing subject (group 1: the
#: name, particles such as "van" or "de" inside it).
_NAME_OF = re.compile(
    rf"\s*((?:[{UPPER}][\w’'.-]+\s+(?:(?:van|von|de|der|den|da|di|du|le|la|al|el|bin)\s+)?){{1,3}}[{UPPER}][\w’'-]+)\s+of\s+[^,;:“”\"]+$"
)


#: A sentence opening on a name and its age set off by commas ("Tom Kell, 58,"), with nothing
#: before but a short opener ("Later, ", "On Monday, "): the subject of the verb after it, never
#: the end of a clause a cue closes.
_AGED_OPENING = re.compile(rf"\s*(?:[{UPPER}][\w’'-]*(?:\s+[\w’'-]+){{0,3}},\s+)?(?:[{UPPER}][\w’'.-]*\s+){{0,3}}[{UPPER}][\w’'-]*,\s+\d{{1,3}},")
#: The same after a longer opening phrase of place, maybe with its "where" clause ("Nearby at a
#: bus stop downtown, where music played, Republican Ann Roe, 35,"): a place says where the
#: subject spoke, and an aged name before the verb is its subject, never the end of a clause a
#: cue after it closes ("…, said she also remained unsure" read as an inverted "said she").
_PLACED_AGED_OPENING = re.compile(
    rf"\s*(?:(?:Nearby|Elsewhere|Outside|Downtown|Back|Later|Earlier)\s+|(?=[AIOND]))(?i:at|in|on|outside|inside|near|across|along|beside|behind|nearby|downtown)\b"
    rf"[^,;:“”\"]{{0,60}},\s+(?:(?:where|when|as|while)\b[^,;:“”\"]{{0,100}},\s+)?(?:[{UPPER}][\w’'.․-]*\s+){{0,3}}[{UPPER}][\w’'-]*,\s+\d{{1,3}},"
)
#: A sentence opening on a name and its role set off by commas, the role in lower case ("Sen. Jon
#: Tarr, chairman of the committee,", "Tom Kell, a Democrat,"): the subject of the verb after it,
#: as an age is (``_AGED_OPENING``); a name after that verb opens the clause it reports ("…, said
#: Bram puts Ann Ruhl at risk"), no subject put after it.
_APPOSED_OPENING = re.compile(rf"\s*(?:[{UPPER}][\w’'.{ABBREVIATION_DOT}-]*\s+){{0,4}}[{UPPER}][\w’'-]*,\s+[a-z][^,;:“”\"()]{{0,80}},")


def _named_opening(before: str) -> bool:
    """``before`` is a sentence's opening name and its role set off by commas (``_APPOSED_OPENING``):
    a role with no verb of its own or a "who" clause ("Sen. Jon Tarr, chairman of the committee,",
    "Sanders, who has sent pleas,"), not an opening adverb and a clause ("Somehow, the family will
    find a way, adds Al Basha.")."""
    if _APPOSED_OPENING.fullmatch(before) is None:
        return False
    segment, role = before[:-1].split(",", 1)
    role = role.strip()
    if not role.startswith("who ") and first_verb(" " + role + " ") is not None:
        return False
    named = subject_before(segment.strip() + " ")
    return named is not None and named.kind == "name" and segment.strip().endswith(named.text)


def closing_attribution(rest: str) -> tuple[Mention | None, str | None]:
    """The attribution ending a quote's sentence after more text: 'The promise to "take our
    country back" appeals to …, said Alan Abramowitz, a demographer.' ``rest`` is the masked
    sentence after the quote; only a clause set off by a comma at the very end counts."""
    if "," not in rest:
        return None, None  # every attribution found below stands after a comma (most sentences' none)
    clause = first_sentence(rest)
    for verb in reversed(list(SPEECH_VERB.finditer(clause))):
        word = verb.group().lower()
        if word.endswith("ing") or word in NAMING_VERBS:
            continue
        before = clause[: verb.start()].rstrip()
        if _RELATIVE_BEFORE_VERB.search(before):
            continue  # "…, said a nurse who asked not to be named.": the relative clause's verb
        if word in ADDRESSEE_VERBS and before.endswith(","):
            continue  # "Ann Roe, the minister, thanked Tom Kell": its object is the one thanked, no
            # subject put after the verb ('“…,” thanked Obama' is no "said Obama" either)
        if word in INVERTIBLE and before.rstrip("”\"").endswith(",") and before[-1:] in "”\"":
            # '“A” was to be a “B,” said Ann Roe, her agent.': the inverted cue after a later quote
            # closes the whole sentence, A as well as B
            inverted = phrase_after(clause[verb.end() :])
            if inverted is not None and inverted.kind in {"name", "description"}:
                return inverted, word
        if word in SPEAKER_AFTER and before.rstrip("”\"").endswith(",") and before[-1:] in "”\"":
            # '“A” and software “B,” according to a state forecast': a later quote's comma inside its
            # marks, then the source of the whole sentence
            before = before.rstrip("”\"")
        if before.endswith(",") and word in LISTENER_VERBS:
            # "…, Jim Cantrell, chief executive of Vantor, told NBC News.": the subject before its
            # appositive or age, never the listener after the verb ("Ramos, 58, told AFP")
            teller = _apposed_subject(before) if told_whom(clause[verb.end() :]) else None
            return (teller, word) if teller is not None else (None, None)
        if before.endswith(",") and (_AGED_OPENING.fullmatch(before) or _PLACED_AGED_OPENING.fullmatch(before) or _named_opening(before)) and not CLAUSE_ENDS.fullmatch(clause, verb.end()):
            # "Tom Kell, 58, urged Dunleavy to wait.", "Sen. Jon Tarr, chairman of the panel, said Bram
            # puts Ann Ruhl at risk.": a name and its age or role open the sentence as its subject,
            # and the verb's object or clause follows; no cue put after the verb
            return None, None
        if before.endswith(","):  # "…, said Alan Abramowitz, a demographer."
            after_verb = clause[verb.end() :].split()[:1]
            if after_verb and after_verb[0].lower() in _NO_INVERSION_AFTER:
                # "Author Ann Roe, from Sea Point, spoke about reading Mills and Boon books": the
                # verb's own object or topic, no subject put after it
                return None, None
            mention = phrase_after(clause[verb.end() :])
            later_quote = _LAST_CLOSING_MARK.search(before) if mention is None else None
            if later_quote is not None and len(WORD.findall(later_quote.group(1))) <= _APPOSED_SUBJECT_WORDS:
                # 'A and “B,” Howard Dean, the former governor, proclaimed to a crowd': the subject
                # between the later quote and the verb speaks both
                mention = subject_before(later_quote.group(1))
                mention = mention if mention is not None and mention.kind == "name" else None
            if mention is None and CLAUSE_ENDS.fullmatch(clause, verb.end()):
                # "…, Ann Roe, who chairs the council, said (in an email).": no inverted subject
                # after the verb, so the comma closes the subject's own appositive or clause
                mention = _apposed_subject(before)
            return (mention, word) if mention is not None else (None, None)
        comma = before.rfind(",")
        subject = before[comma + 1 :] if comma >= 0 else ""
        words = len(WORD.findall(subject))
        after = clause[verb.end() :].strip(" .").split()
        # "…, X said." / "…, X wrote in a filing." / "…, X said; the protest was a release."
        # "“A” the meeting where …, Dorn said, “B.”": the cue closes the words after A and opens B
        ends_here = not after or after[0].lower() in INTRO_WORDS or after[0].startswith(";") or _THEN_NEXT_QUOTE.match(clause, verb.end()) is not None
        # "…, Jim Cantrell told NBC News.": a named teller, the listener ending the sentence (not
        # "…, an official told the paper", whose unnamed teller a later "she" may not be)
        told = not ends_here and word in LISTENER_VERBS and told_whom(clause[verb.end() :])
        pieces = before.split(",")
        # (the sentence's own words before the name: "…, Tom Reyes, head of its new unit told")
        unclosed = name_before_open_role(pieces[-2], subject) if subject and (ends_here or told) and len(pieces) >= 3 else None
        if unclosed is not None:
            return unclosed, word
        if subject.split()[:1] and subject.split()[0].lower() in _RELATIVE_WORDS:
            return None, None  # "…, which Dorn said.": a relative clause's verb, no closing cue
        if subject and (ends_here or told) and words <= _CLOSING_SUBJECT_WORDS:
            mention = head_of_segment(subject)
            # (a body's long name is one: "…, the Ministry of Foreign Affairs said.")
            long_ok = mention is not None and (speaking_person(mention) or organisation_name(mention.text) is not None)
            if mention is not None and (words <= 4 or long_ok) and (not told or mention.kind == "name"):
                return mention, word
        named_of = _NAME_OF.match(subject) if subject and (ends_here or told) else None
        if named_of is not None:
            # "…, Joost van Hoof of the Netherlands’ Fontys University of Applied Sciences writes in
            # an accompanying article.": a name and its long organisation, the name speaks
            mention = head_of_segment(named_of.group(1))
            if mention is not None and mention.kind == "name" and mention.text == named_of.group(1):
                return mention, word
        return None, None
    return None, None
