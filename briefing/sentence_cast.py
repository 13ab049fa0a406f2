"""Who a sentence near a quote brings in: any name at all, other people than the one just quoted
("Not everyone agreed."), two people joined ("Mayor Tim Hale and Gov. Rosa Bell spoke"), a noun of
people ("the visitors"), someone handed the word ("handed Ann Weller the microphone"), a thing
that carries words ("held up a sign"), or a person put a question ("asked Tom Kell about").

The last-resort rules on both sides (``quote_fallbacks`` in the quote's own paragraph,
``paragraph_fallbacks`` in the paragraphs around it) and ``quote_attribution`` ask these before
giving a quote to a subject: a sentence that brings in someone else makes that guess unsafe.
"""

from __future__ import annotations

import re

from .contact_relatives import WRITES
from .groups import people_noun
from .masked_sentences import WORD, closed_sentence, last_sentence
from .mention import Mention
from .name_cleaning import NAME_RUN, clean_name
from .sentence_adverbs import is_sentence_adverb
from .speech_lexicon import GROUP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
from .speech_verbs import first_verb

#: Quote marks and the masking dot: a piece of text holding one holds a quote.
QUOTE_CHARS = '“”"‘«»·'
#: A personal pronoun as a subject (he, she, they, I, we): someone the text brings in.
PERSONAL_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?![\w’'])")


#: Nouns that introduce someone new ("a reporter", "the crowd", "the ministry").
SOMEONE_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS | {n + "s" for n in PERSON_NOUNS}
#: People the lexicon's person, group and organisation nouns (and ``people_noun``) leave out, as
#: objects of a predicate ("welcomed the visitors").
_MORE_PEOPLE = frozenset("visitor visitors guest guests children family".split())


def brings_in_people(text: str) -> bool:
    """A word of ``text`` names people: a person's, group's or organisation's noun ("the nurses",
    "her brother", "the visitors")."""
    return any(w in SOMEONE_NOUNS or w in _MORE_PEOPLE or people_noun(w) for w in someone_candidates(text))


#: Nouns of someone that are just as often a verb ("Kim heads to Poland", "she chairs the panel").
_NOUN_OR_VERB = frozenset({"heads", "chairs"})
#: What follows such a word when it is the verb: its object's determiner or a preposition or adverb.
_AFTER_VERB = frozenset("to the a an his her its their our for into home back up off out towards toward".split())
_BEFORE_VERB = frozenset("he she it who which that".split())
#: A paper's nouns that are as often an adverb or an adjective ("having daily physio", "three
#: times a week"): someone only after a determiner or a capitalised word ("the daily", "the
#: Paris daily", "the Times").
_PAPER_OR_ADVERB = frozenset({"daily", "weekly", "times"})
_DETERMINERS = frozenset("the a an this that its his her their our another one".split())


def someone_candidates(text: str) -> list[str]:
    """The words of ``text`` in lower case, to be looked up as nouns of someone; a word of
    ``_NOUN_OR_VERB`` read as the verb ("Jamie heads to Poland", "who chairs the board") or of
    ``_PAPER_OR_ADVERB`` read as no paper ("daily cryotherapy", "updated daily", "three times") is
    left out: no one new in the sentence, which ``SOMEONE_NOUNS`` alone made it bring in.
    Negatives: "the department heads", "heads of state", "the French daily", "the Times"."""
    words = WORD.findall(text)
    kept: list[str] = []
    for k, word in enumerate(words):
        low = word.lower()
        before = words[k - 1] if k else ""
        if low in _NOUN_OR_VERB and (before.lower() in _BEFORE_VERB or k + 1 < len(words) and words[k + 1].lower() in _AFTER_VERB):
            continue
        if low in _PAPER_OR_ADVERB and not (before.lower() in _DETERMINERS or before[:1].isupper() or word[:1].isupper()):
            if not (k > 1 and words[k - 2].lower() in _DETERMINERS and before.islower() and low != "times"):
                continue  # "the conservative daily" stays a paper
        kept.append(low)
    return kept


def names_nobody_at_all(text: str) -> bool:
    """No run of capitals in ``text`` is a name (``clean_name`` drops sentence-start words)."""
    return not any(clean_name(m.group()) for m in NAME_RUN.finditer(text))


def names_nobody(between: str) -> bool:
    """True when the sentence of a quote, after the paragraph's previous quote, names no one.

    Then the paragraph is still about the person quoted before:
    '“A,” Smith said. The plan, costing $5bn, was “a disaster for the town”.'
    """
    sentence = last_sentence(between)  # the previous quote's "Smith said." is not new
    closed = closed_sentence(between) if between.rstrip().endswith((".", "!")) else ""
    if opens_on_others(sentence or closed):
        return False  # '“A,” Smith said. Not everyone agreed. “B.”'
    opener = _OPENING_WORD.match(sentence)
    if opener is not None and is_sentence_adverb(opener.group(1)):
        sentence = sentence[opener.end() :]  # 'Specifically, “…”': capitalised only as the opener
    return names_nobody_at_all(sentence)


#: The first word of a sentence when a comma follows it ("Specifically,", "Instead,").
_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+),")


#: A sentence opening on other people than the one just quoted: "Not everyone agreed.", "Others
#: were less sure.", "Critics disagree."
_OTHERS_OPENING = re.compile(
    r"\s*(?:(?:But|Yet|And)\s+)?(?:not\s+(?:everyone|everybody|all)|others|some(?:one|body)?\s+else|critics|opponents|skeptics)\b",
    re.IGNORECASE,
)


def opens_on_others(sentence: str) -> bool:
    """The sentence turns to other people than the one quoted before ("Not everyone agreed."):
    a quote right after it is not that person's, nor anyone's we can name."""
    return _OTHERS_OPENING.match(sentence) is not None


#: Where a subject joins a second person: "and", ", along with", ", together with".
_JOINED = re.compile(r"\s+and\s+|,\s*(?:along|together)\s+with\s+")


def two_named_subjects(subject: str) -> bool:
    """The words before a speech verb join two people ('Mayor Tim Hale and Gov. Rosa Bell spoke',
    'Sen. Dora Flint and Rep. Max Roe both spoke', 'Mayor Tim Hale, along with Gov. Rosa Bell,
    spoke', 'Mayor Tim Hale and the governor spoke'): a quote after them, with nothing to say
    which one, is neither's. The first is a name, the second a name or a person's role."""
    before, comma, after = subject.rpartition(",")
    if comma and after.strip() and _JOINED.search(after) is None and first_verb(" " + before + " "):
        # 'Paying by card and by phone was the safest way, Walsh said': the "and" is in the
        # reported clause; the cue's subject is the one after its comma
        return False
    joined = _JOINED.search(subject)
    if joined is None or names_nobody_at_all(subject[: joined.start()]):
        return False
    second = subject[joined.end() :]
    role = re.match(r"\s*(?:the|his|her)\s+(?:[a-z]+\s+)?([a-z]+)\b", second)
    return not names_nobody_at_all(second) or role is not None and role.group(1) in PERSON_NOUNS


_NAME = r"(?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+"
#: The subject hands the word to someone: "handed Ann Weller the microphone", "passed the microphone
#: to Ann Weller", "gave the floor to Ann Weller", "introduced Ann Weller." (groups: the name).
_HANDED_OVER = re.compile(
    rf"(?<![\w’'])(?:(?:handed|hands|passed|passes|gave|gives|turned|turns)\s+(?:(?P<first>{_NAME})\s+the\s+"
    rf"(?:microphone|mic|floor|podium)|(?:the\s+)?(?:microphone|mic|floor|podium)\s+(?:over\s+)?to\s+(?P<second>{_NAME}))"
    rf"|(?:introduced|introduces|called\s+on|calls\s+on)\s+(?P<third>{_NAME})(?=\s*[.,]|\s+to\s+the\s|\s+as\s))"
)


#: A clause of time in which someone takes the word: "when Ann Weller took the stage", "as Tom Reyes
#: rose to speak", "after Ann Weller stepped up to the microphone" (group "entering": the name).
_TAKES_THE_WORD = re.compile(
    rf"(?<![\w’'])(?:when|as|after|once|while)\s+(?P<entering>{_NAME})\s+(?:finally\s+)?(?:took|takes|stepped|steps|rose|rises|"
    r"stood|stands|walked|walks|came|comes|began|begins|started|starts|got|gets)\s+(?:up\s+)?(?:to\s+(?:the\s+)?"
    r"(?:podium|microphone|mic|stage|lectern|speak)|the\s+(?:stage|podium|microphone|mic|floor|lectern)|on(?:to)?\s+"
    r"(?:the\s+)?stage|to\s+speak|speaking)(?![\w’'-])"
)


def handed_over(sentence: str) -> Mention | None:
    """The person a sentence hands the word to: 'Tom Reyes handed Ann Weller the microphone.' ->
    Ann Weller, whose the quote after it is (not the subject's); also one who takes the word in a
    clause of time ('The crowd fell silent when Ann Weller took the stage.'). None unless that is
    a name."""
    match = _HANDED_OVER.search(sentence) or _TAKES_THE_WORD.search(sentence)
    if match is None:
        return None
    groups = match.groupdict()
    name = clean_name(groups.get("first") or groups.get("second") or groups.get("third") or groups.get("entering") or "")
    return Mention("name", name) if name else None


#: Things that carry written words, as the object of the sentence before a quote ("held up a sign",
#: "pointed at the headline", "wore a T-shirt", "a note on his desk").
_TEXT_CARRIER = re.compile(
    r"(?<![\w’'-])(?:sign|signs|banner|banners|placard|placards|poster|posters|billboard|headline|headlines|note|"
    r"T-shirt|t-shirt|shirt|cap|hat|sticker|bumper\s+sticker|tattoo|plaque|inscription|card|screen|letter|notice|"
    r"graffiti|slogan)(?![\w’'-])"
)


def shows_text(sentence: str) -> bool:
    """The sentence is about a thing that carries words, which the subject does not write itself:
    'Tom Reyes held up a sign.', 'Tom Reyes read aloud a letter from a constituent.' — a quote
    after it gives those words, not the subject's."""
    return _TEXT_CARRIER.search(sentence) is not None and WRITES.search(sentence) is None


#: A question put to a person the sentence names or points to ("asked Tom Kell about", "pressed
#: him on", "interviewed the minister"): a lone quote after it may be the question or the answer.
_ASKED_PERSON = re.compile(
    r"(?<![\w’'-])(?:asked|asks|questioned|pressed|quizzed|grilled|interviewed)\s+(?:[A-Z]|him\b|her\b|them\b|the\s+[a-z]+\s+(?:about|on|over|whether|if)\b)"
)


def asking_verb(verb: str | None) -> bool:
    """``verb`` puts a question to someone ("asked", "pressed", "quizzed")."""
    return (verb or "").lower() in _ASKING_VERBS


_ASKING_VERBS = frozenset("ask asks asked questioned questions pressed presses quizzed quizzes grilled grills interviewed interviews".split())


def asks_a_person(sentence: str) -> bool:
    """``sentence`` puts a question to a person (``_ASKED_PERSON``)."""
    return _ASKED_PERSON.search(sentence) is not None
