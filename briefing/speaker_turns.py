"""Turns between quotes: when a quote with no attribution of its own continues the previous
speaker, and when someone else has taken the turn.

News carries a speaker over to the next quote by default ("“A,” Weller said. “B.”"), but not
over a sentence about someone else, an answer to a question put to someone, or a paragraph that
goes on to report another person: carrying there puts words in the wrong mouth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .closing_attribution import closing_attribution
from .found_quotes import Found, Masks
from .masked_sentences import closed_sentence, first_sentence, last_sentence, split_masked
from .masking import restore
from .mention import Mention
from .models import Block
from .name_cleaning import PERSON_TITLES, clean_name
from .names import NameRegistry
from .quote_fallbacks import lone_quote_subject
from .relative_clauses import RELATIVE_AND_REACH, RELATIVE_WHO_AND, people_head
from .sentence_cast import brings_in_people
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speech_lexicon import (
    AMBIGUOUS_THIRD_PERSON,
    ANSWER_VERBS,
    ASKED_QUESTION_WORDS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
)
from .speech_verbs import SPEECH_VERB, first_verb
from .tail_attribution import lone_word_subject
from .title_resolution import AMBIGUOUS
from .wordlists import is_common_word


def same_person(subject: str | None, last: Found, registry: NameRegistry, pos: int) -> bool:
    """A stage direction's subject (``stage_direction``) is the last speaker: none at all
    ("Pause."), or a he/she that is the speaker's own pronoun or the known gender of the speaker's
    name (not a description: '“…,” an aide told her.' / 'She nods.' is the mayor nodding). Never
    after a question: the quote after the pause is the answer."""
    if subject is None or last.mention is None or last.text.rstrip().endswith("?"):
        return False
    if not subject:
        return True
    mention = last.mention
    if mention.kind == "pronoun":
        return mention.text == subject
    known = registry.gender_of(registry.fullest(mention.text, pos)) if mention.kind == "name" else None
    return known == PRONOUN_GENDER[subject]


#: Heads of a phrase that can speak: people, groups and organisations.
_SPEAKING_HEADS = PERSON_NOUNS | GENDERED_ROLES.keys() | GROUP_NOUNS | ORGANISATION_NOUNS


def speaking_head(mention: Mention) -> bool:
    """A speaker phrase names a person, a group or an organisation (not "the story", "a range")."""
    return mention.kind != "description" or head_noun(mention.text) in _SPEAKING_HEADS


#: "asked Vik", "asks the minister": a question put to someone (not "asked rhetorically").
_ASKED_SOMEONE = re.compile(r"\bask(?:ed|s)\s+(?!(?:rhetorically|aloud|again|later|too|also)\b)[\w’']")


#: "asked" and the name of the one asked, maybe after a role: '“…?” a reporter asked Ann Weller',
#: 'asked chief executive Dan Pike' (group "listener"; not 'asked about Weller').
_ASKED_NAME = re.compile(
    r"\bask(?:ed|s)\s+(?:(?!(?:about|for|if|whether|why|how|what|when|where|who|to|by|in|on|at|during|"
    r"after|before|from|with|of|again|later|aloud)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<listener>(?:[A-Z][\w’'.․-]*\s+){0,3}[A-Z][\w’'-]+)"
)
#: "asked" and the one asked right before the question's words ('Hollis asked her, “…?”', 'a
#: reporter asked Ann Weller: “…?”', 'asked the judge,'; group "listener", a name only when the
#: registry knows it as one).
_ASKED_BEFORE = re.compile(
    r"\bask(?:ed|s)\s+(?:(?:the|a|an|[a-z]+ly)\s+)?(?P<listener>[^,:;“”\"]{1,60}?)\s*[,:]?\s*$"
)
#: Plain speech verbs that may answer too (``ANSWER_VERBS``: the verbs of answering).
_PLAIN_VERBS = frozenset("said says".split())


def answerer_of(f: Found, last: Found | None, masks: Masks, registry: NameRegistry) -> str | None:
    """The one a question was put to, who answers it: '“Why did you vote no?” a reporter asked
    Ann Weller. “Because it was a bad bill,” she replied.' -> Ann Weller (not the asker, whom the
    pronoun would find as the sentence's subject). Only right after the question; "replied" and
    its kind need a pronoun that may fit the person asked, a plain "said" one that fits them (and
    when it fits a named asker too, nobody: ``AMBIGUOUS``). When no named listener answers, a
    verb of answering whose pronoun found the asker is nobody's we can name: one does not answer
    one's own question ('“Why did you leave?” the host asked. “Because I had to,” she replied.',
    'Dane Hollis asked her, “…?” She answered, “…”')."""
    verb = (f.verb or "").lower()
    if last is None or f.paragraph - last.paragraph > 1 or verb not in ANSWER_VERBS | _PLAIN_VERBS:
        return None
    listener = _named_listener(f, last, verb, masks, registry)
    if listener is not None:
        return listener
    question = last.text.rstrip().endswith("?") and (last.verb or "").lower().startswith("ask")
    if question and verb in ANSWER_VERBS and not f.text.rstrip().endswith("?") and last.speaker is not None and f.speaker == last.speaker:
        return AMBIGUOUS
    return None


def _named_listener(f: Found, last: Found, verb: str, masks: Masks, registry: NameRegistry) -> str | None:
    """``answerer_of`` for a question put to a person it names, after the question's words or
    right before them ('a reporter asked Ann Weller, “…?”')."""
    if asked_of_someone(last, masks):
        asked = _ASKED_NAME.search(first_sentence(masks[last.paragraph][last.span.mark_end :]))
    elif last.text.rstrip().endswith("?") and (last.verb or "").lower().startswith("ask"):
        asked = _ASKED_BEFORE.search(last_sentence(masks[last.paragraph][: last.span.mark_start]))
        if asked is not None and not (asked.group("listener")[:1].isupper() and registry.is_proper_name(asked.group("listener"), last.start, strict=True)):
            return None  # 'asked her', 'asked the judge': no one named
    else:
        return None
    # 'a reporter asked Gov. Ann Weller': the person, without the title (whose first word, no
    # given name, would leave the listener's gender unknown)
    named = clean_name(restore(asked.group("listener"))) if asked is not None else ""
    if asked is None or not named or not registry.is_proper_name(named, last.start):
        return None
    listener = registry.fullest(named, last.start + 1)
    gender = PRONOUN_GENDER[f.mention.text.lower()] if f.mention is not None else None
    if registry.gender_of(listener) not in (gender, None if verb in ANSWER_VERBS else gender):
        return None  # a listener of the other gender (or, after a plain "said", of unknown gender)
    if verb in _PLAIN_VERBS and last.speaker and registry.gender_of(last.speaker) == gender:
        return AMBIGUOUS  # 'Jane Cole asked Ann Weller. “…,” she said': either of them
    return listener


#: A question or an interview put to a named person in the narration ("Dana Whitlow asked Kofi
#: Mensah about his brother", "Host Ann Roe pressed Tom Kell on the rift"; group "asker": the
#: words before the verb, "asked": the capitalised name after it).
_ASKING_SENTENCE = re.compile(
    r"(?P<asker>[^,;:“”\"]*?)\s(?:asked|asks|questioned|questions|pressed|presses|quizzed|quizzes|grilled|grills|"
    r"interviewed|interviews)\s+(?P<asked>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|the\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:about|on|over|"
    rf"{ASKED_QUESTION_WORDS}|who|for|at|in)\b|\s*[.,;]|\s*$))"
    r"(?![\w’'-])(?!\s+to\s)"
)
#: Verbs a he or she answers with: the plain ones too ("“…,” he said" after the question).
_REPLY_VERBS = ANSWER_VERBS | _PLAIN_VERBS | frozenset("told tells added adds explained explains".split())


#: A he or she, then a verb of putting words to someone and that person's name, ending at the
#: quote or at the word that opens its clause ("She asked Richards “…”", "He told Kell that “…”").
_ADDRESSED_BY_PRONOUN = re.compile(
    r"(?<![\w’'-])(?:[Hh]e|[Ss]he)\s+(?:(?:then|also|later|again|[a-z]+ly)\s+)?(?P<verb>asked|asks|told|tells|pressed|presses|"
    r"reminded|reminds|assured|assures|warned|warns|urged|urges|informed|informs|questioned|questions|quizzed|quizzes|"
    r"challenged|challenges)\s+(?P<listener>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)"
    rf"(?:\s*,?\s+(?:{ASKED_QUESTION_WORDS}|who|that|about|to))?[\s,:]*$"
)


def addressed_person(f: Found, masks: Masks, registry: NameRegistry) -> str | None:
    """The person ``f``'s he or she put the words to, when the quote's own clause says so ("She
    asked Richards “…”", "He told Kell that “…”"): the pronoun, the clause's subject, is never
    that person, whom the sentence names as the listener; the resolver must look past them.
    None when the clause is no such frame, or names nobody the text knows as a person."""
    if f.mention is None or not f.mention.is_he_or_she or f.verb is None:
        return None
    addressed = _ADDRESSED_BY_PRONOUN.search(last_sentence(masks[f.paragraph][: f.span.mark_start]))
    if addressed is None or addressed.group("verb").lower() != f.verb.lower():
        return None
    if not registry.is_proper_name(addressed.group("listener"), f.start):
        return None
    return registry.fullest(addressed.group("listener"), f.start + 1)


def narrated_answerer(f: Found, masks: Masks, registry: NameRegistry, last_speaker: str | None = None) -> str | None:
    """The one a narrated question was put to, when ``f``'s he or she went to the asker: "Dana
    Whitlow asked Kofi Mensah about his brother. “We are not speaking,” he said." is Mensah's
    answer (as is "…, and he replied: “…”"), not Whitlow's; the asker's gender, unknown, let the
    pronoun find the sentence's subject. The person asked when the pronoun may be theirs (their
    gender unknown or the pronoun's), else no one (``AMBIGUOUS``): one does not answer one's own
    question. None when the sentence before (or the quote's own) asks no named person, when the
    pronoun went elsewhere, or when the quote is itself a question (a follow-up)."""
    if f.mention is None or not f.mention.is_he_or_she or f.speaker is None or f.text.rstrip().endswith("?"):
        return None
    if (f.verb or "").lower() not in _REPLY_VERBS:
        return None
    head = masks[f.paragraph][: f.span.mark_start]
    sentence = last_sentence(head)
    if _ASKING_SENTENCE.search(sentence) is None:
        before = head[: len(head) - len(sentence)]  # the sentences before the quote's own ("He said:")
        sentence = closed_sentence(before) if before.strip() else last_sentence((masks.get(f.paragraph - 1) or "").rstrip()[:-1] + " ")
    asking = _ASKING_SENTENCE.match(sentence.strip())
    if asking is None:
        return _answerer_of_unnamed_question(f, sentence, registry, last_speaker)
    if " and " in asking.group("asker") or not asking.group("asker").strip():
        return None
    asker_words = set(asking.group("asker").split())
    if not set(f.speaker.split()) & asker_words:
        return None  # the pronoun found someone else than the asker
    asked = asking.group("asked")
    gender = PRONOUN_GENDER.get(f.mention.text.lower())
    if asked.startswith("the "):
        # "Fairweather asked the prince whether …. “…,” he replied": the person the role names,
        # when the text introduced one with it, else the one asked, whom we cannot name
        if asked.split()[-1] not in PERSON_NOUNS | PERSON_TITLES or registry.gender_of(f.speaker) == gender:
            return None
        titled = registry.resolve_title(asked, f.start)
        if titled is None or titled is AMBIGUOUS or titled == f.speaker:
            return AMBIGUOUS
        return titled if registry.gender_of(titled) in (None, gender) else AMBIGUOUS
    if not registry.is_proper_name(asked, f.start):
        return None
    listener = registry.fullest(asked, f.start + 1)
    if listener == f.speaker or not _person_name(listener, registry):
        return None  # "Hale asked Fox News whether …": no person to answer
    if registry.gender_of(f.speaker) == gender:
        return None  # "Gov. Anne Holt asked Paul Hale …. “…,” she said": the text says it is hers
    return listener if registry.gender_of(listener) in (None, gender) else AMBIGUOUS


#: A narrated question whose asker is the subject and whose person asked goes unnamed ("Marsh also
#: asked about the visit", "The host then asked her whether …"; group "asker" the subject).
_ASKING_UNNAMED = re.compile(
    r"(?P<asker>[^,;:“”\"]*?)\s(?:(?:also|then|later|again|[a-z]+ly)\s+)?(?:asked|asks)\s+(?:(?P<asked>him|her|them)\s+)?"
    rf"(?:about|{ASKED_QUESTION_WORDS})\b"
)


#: The gender of an object pronoun, as ``PRONOUN_GENDER`` gives a subject's ("them": none).
_OBJECT_GENDER = {"him": "m", "her": "f"}
#: The most words of an asker's phrase ("Host Lisa Marsh", "The panel's moderator").
_ASKER_WORDS = 5
#: Words no asking subject holds: a passive's auxiliary (the subject is the one asked), a clause's
#: opener (the asker is inside a clause about someone else), a conjunction of two askers.
_NOT_AN_ASKER = frozenset("was were is are be been being get got gets when as after while because and — – -".split())


def _answerer_of_unnamed_question(f: Found, sentence: str, registry: NameRegistry, last_speaker: str | None) -> str | None:
    """The answer to a question the sentence before narrates without naming who was asked ("Lisa
    Marsh also asked about the visit. “It was pleasant,” she said."), when the he or she went to
    the asker: one does not answer one's own question, so the words are the one quoted last (the
    one being asked, whose turn the question interrupts) when the pronoun may be theirs, else no
    one's (``AMBIGUOUS``)."""
    assert f.mention is not None and f.speaker is not None
    asking = _ASKING_UNNAMED.match(sentence.strip())
    if asking is None:
        return None
    asker = asking.group("asker").split()
    if not asker or len(asker) > _ASKER_WORDS or any(w.lower() in _NOT_AN_ASKER for w in asker):
        # only a subject that asks itself, right before its verb: not "Kell was asked whether"
        # (he answers), "… when a voter asked if she would", "Kell made a joke as I asked him how"
        return None
    titled = registry.resolve_title(asking.group("asker").strip(), f.start) if asker[0].lower() in {"the", "a", "an"} else None
    if not set(f.speaker.split()) & set(asker) and titled != f.speaker:
        return None  # the pronoun found someone else than the asker (by name or by the role: "The host")
    gender = PRONOUN_GENDER.get(f.mention.text.lower())
    if asking.group("asked") is not None and _OBJECT_GENDER.get(asking.group("asked")) != gender:
        return None  # "Ann Lutz asked him about the loans. “…,” she said": not the one asked, hers
    if last_speaker is None or last_speaker == f.speaker or registry.gender_of(last_speaker) != gender:
        return AMBIGUOUS
    return last_speaker


def _person_name(name: str, registry: NameRegistry) -> bool:
    """``name`` is a person's as far as the text shows: one it made a person, a given name we
    know, or two words or more whose first is no word of the language ("Kofi Mensah", not "Fox
    News")."""
    words = name.split()
    return name in registry.persons or registry.gender_of(name) is not None or len(words) > 1 and not is_common_word(words[0].lower())


def asked_of_someone(quote: Found, masks: Masks) -> bool:
    """The quote was a question put to someone ('“Do you regret it?” the interviewer asked Vik.'):
    the quote-only paragraph after it is the answer, not more of the question."""
    if quote.verb is None or not quote.verb.startswith("ask") or not quote.text.rstrip().endswith("?"):
        return False
    return _ASKED_SOMEONE.search(first_sentence(masks[quote.paragraph][quote.span.mark_end :])) is not None


def answers_question_put(question: Found, quote: Found) -> bool:
    """``question`` is a question its own cue before it puts ('A reporter asked Tom Weller: “Will
    you resign?”', 'a call from a reporter, who asked: “…?”') and ``quote``, a quote-only paragraph
    after it, asks nothing: the answer, not more of the asker's words."""
    put = not question.from_tail and (question.verb or "").lower().startswith("ask")
    return put and question.text.rstrip(" ”\"’").endswith("?") and not quote.text.rstrip(" ”\"’").endswith("?")


def reports_someone_else(quote: Found, masks: Masks, registry: NameRegistry) -> bool:
    """After the quote and its attribution, its paragraph goes on to report what someone else
    said ('“A,” Weller told the Post. Her colleague Tom Reyes said the city should wait.', or
    'Ann Fenn spoke. “A,” Tom Reyes said. She said the city should wait.'): a quote opening the
    next paragraph is more likely theirs than the quote's speaker's."""
    sentences = split_masked(masks[quote.paragraph][quote.span.mark_end :].strip())
    own = quote.mention.text.split()[-1] if quote.mention is not None else ""
    own_gender = None  # a "he" or "she" of the other gender reports someone else too
    if quote.mention is not None and quote.mention.kind == "name":
        own_gender = registry.gender_of(registry.fullest(quote.mention.text, quote.start))
    for sentence in sentences[1:] if quote.from_tail else sentences:
        verb = SPEECH_VERB.search(sentence)
        subject = leading_np(sentence[: verb.start()] + " ") if verb is not None else None
        if subject is not None and subject.is_he_or_she and own_gender not in (None, PRONOUN_GENDER.get(subject.text)):
            return True  # '“A,” Tom Reyes said. She said the city should wait.': she is not Reyes
        closing = closing_attribution(sentence)[0] if verb is not None else None
        if closing is not None and closing.kind in {"name", "description"}:
            # 'Ann Weller praised the nurses. The storm was the worst in years, Ms Weller said.':
            # the sentence's closing cue reports someone else's words as well
            subject = closing
        if subject is None or subject.kind == "pronoun" or not speaking_head(subject) or subject.text.split()[-1] == own:
            continue
        if subject.kind != "name" or registry.is_proper_name(subject.text, quote.start, strict=True):
            return True  # not "Rather, he said, …"
    return False


def introduced_surname_at(clause: str, pos: int, registry: NameRegistry) -> Mention | None:
    """ '"…," From said.' after "Al From" was introduced: a surname that is also a common or
    function word ("From", "Just", "King") is a name when the article wrote it in full before;
    so is one opening the sentence before a form that is more often a plural noun and sets off
    the quote ('Trump tweets: “…”' after "Donald Trump", which ``ambiguous_after_subject`` leaves
    to the names the article introduced: "Campaign promises: “…”" is nobody's)."""
    word = lone_word_subject(clause)
    if word is None:
        form = _LONE_WORD_AMBIGUOUS_FORM.fullmatch(clause)
        word = form.group(1) if form is not None else None
    return Mention("name", word) if word is not None and registry.introduced_surname(word, pos) else None


#: A lone capitalised word, then a speech-verb form that is more often a plural noun ("tweets",
#: "posts"), then nothing but a comma or a colon before the quote.
_LONE_WORD_AMBIGUOUS_FORM = re.compile(
    rf"[\s,—–-]*([A-Z][a-z’'-]+)\s+(?:{'|'.join(sorted(AMBIGUOUS_THIRD_PERSON))})\s*[,:]?\s*"
)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\s+(?:(?:\w+ly|also|had|has|have|since|then|later)\s+){0,2}$")


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def newcomer_subject(
    f: Found, head: str, rest: str, between: str, previous: Found, registry: NameRegistry
) -> Mention | None:
    """Someone else who is the subject of the sentence between a quote and the paragraph's
    previous one: '“A,” Weller said. Reyes nodded. “B.”' (Reyes), 'Her rival, Tom Reyes, was
    skeptical. “B.”'. Not the previous quote's own attribution sentence, and not a he/she (the
    pronoun may well be the previous speaker: '“A,” Weller said. She paused. “B.”')."""
    sentences = split_masked(between.strip())
    if len(sentences) < (2 if previous.from_tail else 1):
        return None  # only the previous quote's attribution stands between
    mention = lone_quote_subject(head, rest)
    if mention is None or mention.kind == "pronoun" or _SUBJECT_PRONOUN.search(sentences[-1]):
        return None  # 'An immigrant from Uganda, she plans to …': the description is hers
    if mention.kind == "name" and not (
        registry.is_proper_name(mention.text, f.start, strict=True) or registry.mid_sentence_name(mention.text, f.start)
    ):
        # "Welfare was meant to be a safety net." (but 'Durning did not need much coaxing.' after
        # 'asked Durning to return': a capital the body writes mid-sentence too is a name)
        return None
    said_before = previous.mention.text.split() if previous.mention is not None else []
    if mention.kind == "name" and said_before and mention.text.split()[-1] == said_before[-1]:
        return None  # the same person again: '“A,” Ann Weller said. Weller paused. “B.”'
    return mention


def apposed_to(previous: Found, mention: Mention, between: str) -> bool:
    """``mention`` is a description set off after the previous quote's speaker ("Jim Bopp, a
    conservative member of the committee, told …"), not someone new ("and the mayor agreed")."""
    if previous.mention is None or mention.kind != "description":
        return False
    apposition = re.escape(previous.mention.text) + r"\s*,\s*" + re.escape(mention.text.split()[0])
    return re.search(apposition, between, re.IGNORECASE) is not None


def relative_cue_at_end(text: str) -> bool:
    """``text`` ends on a relative clause's speech verb that introduces the next quote ('"A," Reyes
    told Weller, who replied, "B."'): B is the antecedent's answer, not more of A's speaker."""
    cues = list(SPEECH_VERB.finditer(text))
    if not cues or cues[-1].group().endswith("ing") or not _QUOTE_NEXT.fullmatch(text, cues[-1].end()):
        return False
    return _relative_verb(text, cues[-1].start())


def _relative_verb(text: str, start: int) -> bool:
    """The speech verb at ``start`` is a relative clause's: right after its pronoun ("who told") or
    joined to its first verb ("who answered her door and said")."""
    return (
        _RELATIVE_BEFORE.search(text, max(0, start - 30), start) is not None
        or RELATIVE_WHO_AND.search(text, max(0, start - RELATIVE_AND_REACH), start) is not None
    )


#: Nothing but a particle and punctuation between a verb and the quote it introduces.
_QUOTE_NEXT = re.compile(r"\s*(?:back|again|out)?\s*[,:—–]?\s*")


def main_speech_verbs(text: str) -> int:
    """Finite speech verbs of ``text`` outside relative clauses: not "…, who suggested that …"
    nor a participle ("said Hale, speaking of politicians, …")."""
    return sum(
        1
        for m in SPEECH_VERB.finditer(text)
        if not m.group().endswith("ing") and not _relative_verb(text, m.start())
    )


def plain_paragraph(blocks: Sequence[Block], index: int) -> bool:
    """``blocks[index]`` exists and is a paragraph of running text (no heading, no caption)."""
    return 0 <= index < len(blocks) and blocks[index].kind == "paragraph"


#: Personal pronouns of either gender and of people in the plural or the first person: whom a
#: paragraph between two quotes speaks of.
_GENDERED_PRONOUNS = {"m": frozenset({"he", "him", "his", "himself"}), "f": frozenset({"she", "her", "hers", "herself"})}
_OTHER_PEOPLE_PRONOUNS = frozenset({"they", "them", "their", "theirs", "we", "us", "our", "i", "me", "my"})
_QUOTE_CHARS = '“”"‘«»'
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians)")
#: Longest paragraph, in sentences, read as narration about the speaker between two quotes.
_NARRATION_SENTENCES = 3


#: Last words of a place's name ("Whangārei Harbour", "Ninety Mile Beach"): a place brings in
#: nobody who might speak.
_PLACE_HEADS = frozenset(
    "harbour harbor river bay beach lake mountain mountains island islands valley park street road avenue bridge "
    "square coast creek falls forest hills hill peninsula reservoir sound strait canyon desert gulf port".split()
)
#: Fewest words of a photo caption set between two paragraphs without its full stop.
_CAPTION_WORDS = 10


def caption_like(masked: str) -> bool:
    """A photo caption left between two paragraphs, its full stop missing ('Ann Roe at her farm near
    Kaiwaka, where she was born'): one long phrase in running lower case, unlike a crosshead's few
    (often capitalised) words, which opens a new section."""
    words = masked.split()
    lower = [w for w in words if w[:1].islower()]
    # the comma of its added detail (", where she was born", ", with the old bridge behind") sets
    # it apart from a long subhead ('Why the valley fears the next big flood on the river')
    return len(split_masked(masked.strip())) == 1 and len(words) >= _CAPTION_WORDS and 2 * len(lower) >= len(words) and "," in masked


def narrates_the_speaker(masked: str, last: Found, registry: NameRegistry, start: int, end: int) -> bool:
    """The paragraph (masked, at ``[start, end)`` of the body) between a quote-only paragraph and
    the paragraph of the last attributed quote tells more about that quote's speaker and brings in
    nobody else: '“…,” she said.' / 'Still, even with her pension, Kowal lost a third of her
    income.' / '“…”' (Kowal's), or background naming no one ('The blow from a stroke was the
    largest.'). Nobody else means: no quote, question or speech verb; no name but the speaker's
    (a "she" speaker's, when her own pronoun or a woman's given name ties it to her); no he/she of the
    other gender, no they/we/I; no noun of a person, group or organisation ('Her husband had to cut
    his hours.', 'Doctors were surprised.'): after those the quote may be someone else's."""
    mention = last.mention
    if mention is None or any(c in masked for c in _QUOTE_CHARS) or "?" in masked or SPEECH_VERB.search(masked):
        return False
    if not 1 <= len(split_masked(masked.strip())) <= _NARRATION_SENTENCES or not (masked.rstrip().endswith((".", "!", ")")) or caption_like(masked)):
        return False  # a crosshead ('Anxiety among addicts') opens a new section, maybe a new voice
    words = [w.lower() for w in re.findall(r"[\w’'-]+", masked)]
    if brings_in_people(masked) or any(_AGENT_PLURAL.fullmatch(w) for w in words):
        return False
    if any(w in _OTHER_PEOPLE_PRONOUNS for w in words):
        return False
    genders = {g for g, forms in _GENDERED_PRONOUNS.items() if any(w in forms for w in words)}
    names = {
        n
        for n in registry.names_between(start, end)
        # a place ('Jamie heads to Poland again') is no one who may speak
        if registry.is_proper_name(n, start, strict=True) and n.split()[-1].lower() not in _PLACE_HEADS and not registry.is_place(n)
    }
    if len(genders) > 1 or len(names) > 1:
        return False
    if mention.kind == "name":
        own = registry.fullest(mention.text, last.start + 1, ahead=True)
        if names and names != {own}:
            return False
        known = registry.gender_of(own)
        return not genders or known is None or genders == {known}
    if mention.is_he_or_she:
        gender = PRONOUN_GENDER[mention.text.lower()]
        if genders - {gender}:
            return False
        # 'her pension, Kowal lost …', 'Nadia Sorel': the pronoun or the given name makes the name hers
        return not names or genders == {gender} or registry.gender_of(next(iter(names))) == gender
    return not names and not genders  # a description's speaker: only background naming no one




def asked_listener(last: Found, masks: Masks, registry: NameRegistry) -> Mention | None:
    """The named person a question was put to ('“Will you run again?” a reporter asked Ann
    Weller.'), whose answer a quote-only paragraph right after it gives ('“Not this year.”'). None
    unless the one asked is a proper name right after "asked" in the question's attribution."""
    if not asked_of_someone(last, masks):
        return None
    asked = _ASKED_NAME.search(first_sentence(masks[last.paragraph][last.span.mark_end :]))
    if asked is None or not registry.is_proper_name(asked.group("listener"), last.start, strict=True):
        return None
    return Mention("name", asked.group("listener"))


#: A phrase alone between two halves of a quoted sentence, set off by commas (group 1), maybe
#: with a relative clause of its own (group 2).
_BARE_FRAME = re.compile(r"\s*,?\s*([^,;:.!?“”\"—–()]{3,60}?)(\s+(?:who|that)\s[^,;:.!?“”\"—–()]{3,80})?\s*,\s*")


def verbless_frame(between: str, next_text: str) -> Mention | None:
    """The person named alone between a quote and its lower-case continuation, the verb of the
    cue left out: a name, or a description of a person (a title, a band or a thing is none)."""
    framed = _BARE_FRAME.fullmatch(between)
    if framed is None or not next_text[:1].islower() or first_verb(" " + framed.group(1) + " ") is not None or SPEECH_VERB.search(framed.group(1)):
        return None
    mention = head_of_segment(framed.group(1))
    if mention is None:
        return None
    if mention.kind == "name" and len(mention.text.split()) > 1 and framed.group(1).strip() == mention.text:
        return mention
    person = people_head(mention.text.split(" of ")[0].split()[-1]) or (framed.group(2) or "").lstrip().startswith("who ")  # "who" is said of people
    return mention if mention.kind == "description" and person else None


#: A question put to the listener ("Do you dispute that?", "Would you agree?").
#: Not one about the asker ("Do you think I would allow that?"), which the asker may answer.
_YOU_QUESTION = re.compile(r"\byou\b[^.!?]*\?\s*$", re.IGNORECASE)
#: A question's cue with its listener ("asked the crowd", "told Vega", "turned to her").
_ADDRESSED = re.compile(r"\b(?:asked|asks|told|tells|pressed|presses|turned\s+to|turns\s+to|said\s+to|says\s+to)\s+(?:the|a|an|his|her|their|him|them|[A-Z])")
_ASKER_IN_QUESTION = re.compile(r"\b(?:I|me|my|I'm|I’m)\b(?=[^.!?]*\?\s*$)")


def other_party(found: list[Found], fi: int, f: Found, last: Found, masks: Masks) -> Found | None:
    """In an exchange of two named people, each turn its own paragraph, the one who spoke the turn
    before a question to "you": a bare quote right after the question is the answer, theirs, not
    the asker's (the asker going on across paragraphs needs no question put to the other)."""
    if last.paragraph != f.paragraph - 1 or not _YOU_QUESTION.search(last.text) or _ASKER_IN_QUESTION.search(last.text.split("?")[-2].split(".")[-1] + "?") or last.mention is None or last.mention.kind != "name":
        return None
    if _ADDRESSED.search(masks[last.paragraph]):
        return None  # '“Do you know what happens?” Cole asked the crowd.': put to someone else
    before = [g for g in found[:fi] if g.paragraph < last.paragraph]
    if not before or before[-1].paragraph != last.paragraph - 1:
        return None
    turn = [g for g in before if g.paragraph == before[-1].paragraph]
    people = {g.mention.text if g.mention is not None and g.mention.kind == "name" else None for g in turn}
    if len(people) != 1 or None in people:
        return None
    other = turn[-1]
    asker = last.mention.text.split()[-1]
    return other if other.mention is not None and other.mention.text.split()[-1] != asker else None


def asker_again(found: list[Found], fi: int, f: Found, last: Found) -> Found | None:
    """An interview told in turns, each its own paragraph: a named asker's question ('“…?” Bonham
    asked.'), then the answer of a he or she ('“No,” she replied.'), then a bare question to "you":
    the asker's next question, not more of the answer ('“So why should the state pay for it?”').
    The quote of that question, or None."""
    if last.paragraph != f.paragraph - 1 or last.mention is None or not last.mention.is_he_or_she:
        return None
    if last.text.rstrip(_CLOSERS).endswith("?") or not _YOU_QUESTION.search(f.text.rstrip(_CLOSERS)):
        return None
    if [g for g in found[:fi] if g.paragraph == last.paragraph] != [last]:
        return None
    before = [g for g in found[:fi] if g.paragraph < last.paragraph]
    question = before[-1] if before else None
    if question is None or question.paragraph != last.paragraph - 1 or question.mention is None or question.mention.kind != "name":
        return None
    return question if question.text.rstrip(_CLOSERS).endswith("?") else None


#: Marks and spaces that may close a quote's text.
_CLOSERS = " ”\"’'"
