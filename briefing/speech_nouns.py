"""When a speech-verb form is a noun: "their loud protests", "a lament for", "shouts of “Liar!”",
"described the senator's claims as “…”".

Many speech verbs have a noun of the same form (answers, promises, claims, chants). Read as a verb,
such a noun would make the sentence's subject the speaker of words that someone else said, or
that the subject only faced, mocked or judged; these readers tell the noun from the verb and
say whose words the noun holds.
"""

from __future__ import annotations

import re

from .head_kinds import can_speak
from .mention import Mention
from .speakers import subject_before
from .speech_lexicon import (
    AMBIGUOUS_THIRD_PERSON,
    DOCUMENT_NOUNS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    NAMING_VERBS,
    PERSON_NOUNS,
    PLURAL_NOUN_FORMS,
    SPEAKER_HEAD_NOUNS,
    SPEECH_NOUN_FORMS,
)
from .speech_verbs import LEADING_VERB, last_verb
from .wordlists import is_common_word

POSSESSIVE_PRONOUN = {"its": "it", "his": "he", "her": "she", "their": "they", "our": "we", "my": "i"}


#: A determiner and at most two plain words right before a speech-verb form: the form is a noun
#: ("launched into a lament for", "reprised the caustic chant"); not "her" ("to have her ask").
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur)((?:\s+[a-z][\w’'-]*){0,2})\s+$")
#: What may stand between a verb and its object: a particle or a preposition ("took up", "launched into").
_VERB_TO_OBJECT = re.compile(r"(?:\s+(?:up|into|out|off|in|on|with|back))?\s*")
#: Words that end a noun phrase rather than modify the noun after them.
_NOT_MODIFIERS = {
    "that", "which", "who", "whom", "whose", "to", "and", "or", "but", "not", "also", "then", "as",
    # a preposition opens a phrase of its own ("a watchdog over (claims)")
    "over", "amid", "amidst", "about", "despite", "following", "regarding", "against",
}


def subject_of_speech_noun(before: str, word: str) -> str | None:
    """The text before the clause's own verb when the speech verb found is a noun after a
    determiner ("Trump launched into a lament for the “…”", "the crowd reprised the chant “…”"):
    the speaker is that verb's subject. None when the word is used as a verb."""
    if word not in SPEECH_NOUN_FORMS:
        return None
    noun = _DETERMINER_BEFORE.search(before)
    if noun is None or any(w in _NOT_MODIFIERS or w.endswith("ed") or LEADING_VERB.match(" " + w) for w in noun.group(1).split()):
        return None
    clause = before[: noun.start()]
    own = last_verb(clause)
    if own is None or not _VERB_TO_OBJECT.fullmatch(clause, own.end()):
        return None  # "according to a lament by": a cue of its own governs the noun
    return clause[: own.start()]


#: A prepositional phrase, or nothing, between a noun and the quote: the noun phrase runs on into
#: the quote ("reasons for the ban “…”", "claims about the deal “…”").
_NOUN_THEN_PHRASE = re.compile(
    r"(?:\s+(?:for|of|about|behind|on|over|against|to|in|from|with|regarding|toward|towards)\s+[^,;:.!?“”\"—–()]{1,80}?)?\s*"
)
#: A quote opening on a finite verb: an auxiliary, a copula or a verb of seeming, maybe after a
#: negation or an adverb ("do not appear to be", "were never", "simply are", "won't"): the quote is
#: the predicate of the noun phrase before it, not words that noun introduces.
PREDICATE_OPENING = re.compile(
    r"\s*(?:(?:not|never|also|still|only|just|all|both|[a-z]+ly)\s+)?"
    r"(?:is|are|was|were|be|been|do|does|did|have|has|had|will|would|shall|should|can|could|cannot|may|might|must|"
    r"[a-z]+n[’']t|seems?|seemed|appears?|appeared|remains?|remained|amounts?\s+to|amounted\s+to)(?![\w’'-])"
)


def noun_subject_of_quote(sentence: str, form: re.Match[str], quote: str) -> bool:
    """The speech-verb form is a noun heading the subject of a reported clause whose predicate is
    the quote: 'Kollar-Kotelly said the administration’s reasons for the ban “do not appear to be
    supported by any facts”'. Only a prepositional phrase between the noun and the quote, and the
    quote opens on a finite verb; the noun's owner then did not say the words (the reporting verb
    before it governs them), unlike 'the mayor's reply: “…”', whose words the reply holds."""
    return _NOUN_THEN_PHRASE.fullmatch(sentence, form.end()) is not None and PREDICATE_OPENING.match(quote) is not None


#: Plain plural nouns coordinated before the speech noun ("boos and shouts of").
_PLURAL_AND = re.compile(r"(?:\s+[a-z]+s\s+and)?\s*$")
#: A preposition ending the clause before the speech noun's phrase: the noun is in a prepositional
#: phrase, not the object of the clause's verb ("at the gripes", "to the claims"); not the
#: particles of "broke into chants", "joined in the chants", "took up the chant".
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'-])(?:at|of|over|about|amid|amidst|despite|against|for|from|after|toward|towards|among|through|"
    r"like|without|upon|following|regarding|(?<!according\s)to)\s*$",
    re.IGNORECASE,
)
#: Verbs whose object is speech by others, which the subject meets or turns away ("faced shouts
#: of", "dismissed the claims", "shrugged off the taunts"), with no more than a particle after.
_RECEIVING_VERB = re.compile(
    r"(?<![\w’'-])(?:fac(?:e|es|ed|ing)|field(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|"
    r"ignor(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|hear(?:s|d|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|resist(?:s|ed|ing)?|"
    r"turn(?:s|ed|ing)?\s+down|(?:laugh|shrug|brush|wave|shak|fend)[a-z]*\s+off|"
    r"brush[a-z]*\s+aside|drown[a-z]*\s+out)(?:\s+(?:the|these|those|such|all|more|new|repeated|angry|loud))*\s*$",
    re.IGNORECASE,
)


#: "call" is a naming verb ("calls the plan “…”"), no speech lemma, but its noun is others' speech
#: like "demands" ("rejected calls for “…”", "heard the calls for"); so are the nouns of asking
#: ("ignored pleas for “…”", "rebuffed appeals for", "turned down requests for").
_CALL_NOUNS = frozenset({"call", "calls", "pleas", "appeals", "requests", "petitions"})
#: Nouns of charging someone, whose words are the accusers' ("faced accusations of “…”", "denied
#: allegations that “…”").
_CHARGE_NOUNS = frozenset({"accusations", "allegations"})
#: Every noun of others' saying a quote may complete: the speech-verb forms read as nouns and those.
_OTHERS_SPEECH_NOUNS = SPEECH_NOUN_FORMS | _CALL_NOUNS | _CHARGE_NOUNS


#: A word before a preposition that a noun of saying takes, up to the quote ("demands for …").
_NOUN_BEFORE_COMPLEMENT = re.compile(r"(?<![\w’'-])([a-z]+)(?=\s+(?:of|for|from|that)\s[^,;:]*$)")


def ends_on_others_speech_noun(sentence: str) -> bool:
    """The sentence up to its quote ends on a noun of others' saying that the quote completes,
    met or turned away by the subject ('Ann Weller ignored demands for “…”', 'The council
    rebuffed appeals for “…”'): no verb cue there, but the words are not the subject's. Only
    after such a verb: a noun inside a prepositional phrase may be the subject's own ('Sanders
    rode the enthusiasm of voters for the promise of a “…”': his promise)."""
    return any(
        _RECEIVING_VERB.search(sentence[: m.start()]) and others_speech_noun(sentence[: m.start()], m.group(1), sentence[m.end() :])
        for m in _NOUN_BEFORE_COMPLEMENT.finditer(sentence)
        if m.group(1) in _OTHERS_SPEECH_NOUNS
    )


def others_speech_noun(before: str, word: str, after: str) -> bool:
    """The speech-verb form before the quote is a noun that the quote completes ("of", "over",
    "that" …: ``_NOUN_COMPLEMENT``) and whose speakers the sentence leaves unnamed: inside a
    prepositional phrase ('The senator rolled his eyes at the gripes over “…”'), or the
    object of a verb of meeting or turning away speech ('Kell faced boos and shouts of “Liar!”',
    'laughed off the claims that she had “…”'). The sentence's subject did not say the words."""
    complement = _NOUN_COMPLEMENT.fullmatch(after) or word in _CLAIM_NOUNS and _THATLESS_CLAUSE.fullmatch(after)
    if word not in _OTHERS_SPEECH_NOUNS or not complement:
        return False  # 'dismissed the claims as “…”': the subject's own verdict on them
    if _VERDICT_AS.search(after):
        return False  # 'dismissed reports that the board is split as “…”': the verdict again, after the claim
    noun = _DETERMINER_BEFORE.search(before)
    if noun is not None and not before[: noun.start()].strip() and _RECEIVING_VERB.search(before):
        noun = None  # 'The council heard calls for “…”': the determiner opens the subject, "heard" is its verb
    if noun is not None and not any(w in _NOT_MODIFIERS or LEADING_VERB.match(" " + w) for w in noun.group(1).split()):
        clause = before[: noun.start()]
    elif word.endswith("s") and (after.split()[:1] in (["of"], ["for"], ["from"], ["that"]) or word in _CLAIM_NOUNS and _THATLESS_CLAUSE.fullmatch(after)):
        # ("faced boos and shouts of “…”", "rejected calls for “…”", "ignored calls from the union for “…”",
        # "rejected claims that “…”")
        plural = _PLURAL_AND.search(before)
        clause = before[: plural.start()] if plural is not None else before
    else:
        return False
    if not clause.strip():
        return False
    if _PREPOSITION_BEFORE.search(clause) and _whole_speaking_subject(before):
        return False  # 'A spokesman for the governor calls for “…”': the preposition is inside the subject
    return bool(_PREPOSITION_BEFORE.search(clause) or _RECEIVING_VERB.search(clause))


#: "as" closing a noun's clause right before the quote: the subject's verdict on the claim.
_VERDICT_AS = re.compile(r"\sas\s*$")


def _whole_speaking_subject(before: str) -> bool:
    """All of ``before`` is one description of someone who speaks ("A spokesman for the governor",
    "A person close to the campaign"), so a form of saying after it is its verb, not a noun inside
    a prepositional phrase."""
    subject = subject_before(before)
    if subject is None or subject.kind != "description" or not can_speak(subject.text):
        return False
    said, written = " ".join(subject.text.lower().split()), " ".join(before.lower().split())
    if said == written:
        return True
    # "An aide to the senator": the description read without its complement, which is all the rest
    rest = written[len(said) :].split() if written.startswith(said + " ") else []
    return 1 < len(rest) <= 5 and rest[0] in _SUBJECT_COMPLEMENT_OPENERS and not LEADING_VERB.search(" " + " ".join(rest))


#: Prepositions that open a subject's complement ("an aide to the senator", "a lawyer for the firm").
_SUBJECT_COMPLEMENT_OPENERS = frozenset("to for of at with from".split())


#: What follows a noun of saying up to its quote when the quote completes it: "of", "about",
#: "over", "like" or "that" and no clause break ("the claims that she had “…”", "cries of “…”").
_NOUN_COMPLEMENT = re.compile(r"\s+(?:of|about|over|like|that|for|from)\b[^,;:]*")
#: A reported clause with no "that" after a noun of claiming ("amid claims he “…”", "over
#: claims its campaign broke the rules on “…”").
_THATLESS_CLAUSE = re.compile(r"\s+(?:he|she|they|his|her|its|their)\s[^,;:]*")
#: Nouns of claiming that take such a clause.
_CLAIM_NOUNS = frozenset({"claims", "allegations", "accusations", "suggestions", "charges"})


#: A determiner or a possessive pronoun and up to two words before a plural noun of saying.
_PLURAL_NOUN_OPENING = re.compile(
    r"(?:^|(?<=\s))(his|her|their|its|our|my|your|the|these|those|such|many|several|some)((?:\s+[a-z][\w’'-]*){0,2})\s+$",
    re.IGNORECASE,
)
#: Endings of adjectives ("serial", "constant", "angry", "repeated"), and short common ones.
_ADJECTIVE_ENDING = re.compile(r"(?:al|ant|ent|ous|ive|ic|ful|less|ed|ing|y|ish|ible|able|est|ly)$")
_SHORT_ADJECTIVES = frozenset("loud new old usual own first last latest late early long short big small wild bold".split())
#: Nouns that look like adjectives by their ending ("His assistant protests").
_ADJECTIVE_LIKE_NOUNS = frozenset("assistant agent lieutenant attendant servant tenant client patient sergeant merchant".split())


def adjective_like(word: str) -> bool:
    """``word`` modifies the noun after it: an adjective by its ending or a short common one, not
    a noun of a speaker ("his aide protests": "aide" is the subject)."""
    low = word.lower()
    if low in SPEAKER_HEAD_NOUNS or low.rstrip("s") in SPEAKER_HEAD_NOUNS or low in _ADJECTIVE_LIKE_NOUNS or low in _NOT_MODIFIERS:
        return False
    return low in _SHORT_ADJECTIVES or _ADJECTIVE_ENDING.search(low) is not None


def plural_noun_phrase(sentence: str, verb: re.Match[str]) -> tuple[Mention | None] | None:
    """The -s form is a plural noun of saying after a determiner or a possessive pronoun and only
    adjectives ("Their loud protests", "these serial whines", "the chants"), not governed by a
    verb of its subject (``subject_of_speech_noun``: "launched into a lament"). Returns (the
    owner as a pronoun when the quote completes the noun, else None), or None for a verb."""
    word = verb.group().lower()
    if word not in PLURAL_NOUN_FORMS:
        return None
    before = sentence[: verb.start()]
    opening = _PLURAL_NOUN_OPENING.search(before)
    if opening is None or not all(adjective_like(w) for w in opening.group(2).split()):
        return None
    if subject_of_speech_noun(before, word) is not None:
        return None
    completed = _NOUN_COMPLEMENT.fullmatch(sentence, verb.end()) is not None
    if not completed and not opening.group(2).split():
        return None  # 'Trump did post that his claims were “…”': left to the usual reading
    owner = POSSESSIVE_PRONOUN.get(opening.group(1).lower())
    if owner is not None and completed:
        return (Mention("pronoun", owner),)  # "His constant whines about “…”": his words
    return (None,)


#: Endings of the adjectives that modify "states" ("Western", "Baltic", "Coastal", "Arab" aside).
_ADJECTIVE_ENDINGS = ("ern", "ic", "al", "an", "ish", "ese", "ive")
#: Only a comma or a colon between the form and the quote ('Emery states, “…”').
_SETS_OFF_QUOTE = re.compile(r"\s*[,:]?\s*")
#: A determiner or a quantifier right before the capitalised word ("the Gulf states", "all Member states").
_DETERMINER_BEFORE_WORD = re.compile(r"(?:^|\s)(?:the|a|an|these|those|its|their|our|all|both|other|some|many|several)\s+$", re.IGNORECASE)
#: A word and a speech-verb form that is more often a plural noun ("Kell answers", "the mayor
#: promises"; group 1 the word, group 2 the form). A match can only start where its word does (a
#: start inside the word reaches the same end, later), and a shorter word never meets the spaces:
#: so the lookbehind and the possessive ``++`` find the same matches without trying each start
#: inside each word and giving the word back a character at a time (~3x faster).
_AMBIGUOUS_AFTER_WORD = re.compile(rf"(?<![\w’'-])([\w’'-]++)\s+({'|'.join(sorted(AMBIGUOUS_THIRD_PERSON))})(?![\w’'-])")


def ambiguous_after_subject(sentence: str) -> tuple[Mention, str] | None:
    """The speaker of a form that is more often a plural noun ("answers", "promises") when it
    follows its subject: a name that is no common word ("Kell answers critics: “…”"), a noun of a
    person or a group ("The mayor promises “…”"), or he or she. After anything else it stays a
    noun ("Campaign promises", "the answers")."""
    found = list(_AMBIGUOUS_AFTER_WORD.finditer(sentence))
    if not found:
        return None
    last = found[-1]
    word = last.group(1)
    low = word.lower()
    person = low in PERSON_NOUNS or low in GROUP_NOUNS or low in GENDERED_ROLES or low in {"he", "she"}
    # a document states what it says ("As the audit states: “…”", "The memo states that “…”");
    # its other forms stay nouns or name someone else ("the article quotes Kell")
    person = person or low in DOCUMENT_NOUNS and last.group(2) == "states"
    capitalised = word[:1].isupper() and low not in _NOT_OPENING_A_DESCRIPTION
    name = capitalised and not is_common_word(word)
    # a surname that is also a common word ("Emery", "Baker") speaks only where the form sets off
    # the quote right after it, and never first in the sentence: 'In a later post, Emery states,
    # “…”' (not 'Western states, …' or 'Member states say' opening a sentence)
    set_off = (
        capitalised
        and _SETS_OFF_QUOTE.fullmatch(sentence, last.end(2)) is not None
        and last.start(1) > 0
        and not low.endswith(_ADJECTIVE_ENDINGS)  # 'Western states', 'Baltic states', 'Coastal states'
    )
    if not (person or name or set_off):
        return None
    mention = subject_before(sentence[: last.start(2)])
    if mention is None or mention.kind not in {"name", "description", "pronoun"}:
        return None
    if not person and _DETERMINER_BEFORE_WORD.search(sentence, 0, last.start(1)) and (not name or last.group(2) == "states"):
        return None  # 'the Gulf states, …', 'the Baltic states': a determiner makes the capitalised word a modifier
    if not (person or name) and mention.kind != "name":
        return None
    if mention.text.split()[-1].lower() != low:
        return None  # the subject must end right before the form
    return mention, last.group(2).lower()


#: The quote as the predicate of a noun before it: right after it, or after "as" ("called the
#: mayor's remarks “…”", "described the claims as “…”").
_AS_PREDICATE = re.compile(r"\s+as\s*|\s*")
#: An owner ("the senator's", "Kell’s") or a determiner right before a word (the noun).
_OWNER_OR_DETERMINER_RIGHT_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[\w-]+[’']s?|the|a|an|his|her|its|their|our|these|those)\s+$", re.IGNORECASE)
#: Bare and -s forms of the naming verbs, also nouns ("terms", "labels", "calls").
_NAMING_NOUN_FORMS = frozenset(f for f in NAMING_VERBS if not f.endswith(("ed", "ing")))


def judged_speech_noun(sentence: str, verb: re.Match[str]) -> int | None:
    """Where the noun phrase starts when the last speech-verb form is a noun after an owner or a
    determiner with the quote as its predicate ('described the senator's claims as “…”', 'both
    sides calling the other's terms “…”'): the object of an earlier verb, whose subject judges
    the words, not a verb itself (read as one it gave the owner, "the other", or nobody)."""
    word = verb.group().lower()
    if not (word in SPEECH_NOUN_FORMS or word in _NAMING_NOUN_FORMS) or not _AS_PREDICATE.fullmatch(sentence, verb.end()):
        return None
    before = sentence[: verb.start()]
    right_before = _OWNER_OR_DETERMINER_RIGHT_BEFORE.search(before)
    # right after the owner or the determiner: with a word between, that word may be the noun and
    # the form its verb ('Critics said the ad claims “…”')
    return right_before.start() if right_before is not None else None


#: Words that open no description of a speaker: relatives, pronouns, possessive pronouns.
_NOT_OPENING_A_DESCRIPTION = frozenset("who whose which that he she it they we i you his her its their our my your".split())


def speech_noun_subject(phrase: str) -> Mention | None:
    """The subject of '"News reports said'", '"Media reports say'": two finite verbs never stand
    side by side, so the -s form right before the verb is a plural noun, the head of the subject
    (read as a verb, it left "News" as a one-word name). A description, or none when a pronoun
    or a name opens the phrase (left to the usual reading: "Her Facebook posts", "Kell's tweets")."""
    words = phrase.split()
    if words[0].lower() in _NOT_OPENING_A_DESCRIPTION:
        return None
    if words[0].lower() in {"the", "these", "those", "some", "many", "several", "local", "early", "recent"} or words[0].islower():
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    if is_common_word(words[0]) and all(w.islower() for w in words[1:]):
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    return None


#: The word right after a form in -ed ("repeated demands").
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def adjective_of_others_speech(sentence: str, end: int) -> bool:
    """The -ed form ending at ``end`` modifies a noun of others' saying that the quote completes
    ('The council ignored repeated demands for “…”'): an adjective, no cue of the subject's."""
    nxt = _NEXT_WORD.match(sentence, end)
    if nxt is None or nxt.group(1) not in _OTHERS_SPEECH_NOUNS:
        return False
    return others_speech_noun(sentence[: nxt.start(1)], nxt.group(1), sentence[nxt.end(1) :])
