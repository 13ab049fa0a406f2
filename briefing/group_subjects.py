"""A subject that is a group of people, read from one comma piece of a sentence for
``sentence_subjects.leading_np``: "Supporters of the mayor chanted", "Hundreds of workers
gathered", "Some Republicans are questioning", "Those close to Kell say", "Critics say",
"Politicians in Britain condemned", "union leaders in Ohio warned".

Moved out of ``sentence_subjects`` as it was (session 37), so that module stays readable: these
readings share one question (does the piece open on a group, a quantifier or a plural noun of
people, and where does that phrase end) and their own word lists, and need nothing of the
sentence beyond the piece. A piece that is none of these is ``UNDECIDED`` (the reader goes on
with its other readings); ``None`` is an answer, a piece that names things, not people ("Markets
in Tokyo showed").
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .groups import crowd_of, every_member, group_of
from .head_edges import ADJECTIVE_WORDS
from .mention import UNDECIDED, Mention, Undecided
from .name_cleaning import NAME_RUN, clean_name
from .organisation_names import DETERMINERS, PLURAL_PERSON_NOUNS, STRIP
from .speaker_heads import head_of_segment
from .speech_lexicon import GROUP_NOUNS
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .subject_phrases import before_first_verb
from .subject_words import modified_group, national_group, role_noun
from .wordlists import is_common_word

#: A capitalised adjective or participle ("Striking", "Angry", "Frustrated") before a group noun.
_ADJECTIVE_BEFORE_GROUP = re.compile(r"[A-Z][a-z]+(?:ing|ed|y|ful|ous|al|ive|ic|ent|ant)")

#: Quantifiers that are a group subject on their own ("Some say", "Many believe"), and the plain
#: lower-case word that makes them a determiner instead ("Some government departments").
_QUANTIFIERS = frozenset({"some", "many", "both", "others"})
#: A capitalised body's name owning a capitalised name at the start of a sentence, the verb in lower
#: case after it ("Media Research Center’s Bozell agrees", "Police Department’s Chief Ana Ruiz
#: wants"; group 1 the owned name): the person, whose body's first word may be a group noun.
_OWNED_NAME_OPENING = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){1,5}?[A-Z][\w&.-]*[’']s\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)(?=\s+[a-z])"
)
_QUANTIFIED_NOUN = re.compile(r"[a-z][a-z-]+")
#: Words after "those" that describe people ("those close to him", "those who know him").
_THOSE_OPENERS = frozenset("close closest around near familiar inside within who in at".split())
_LONGEST_THOSE = 7
_LONGEST_QUANTIFIED = 4
#: Auxiliaries that end a group before its verb ("Some Germans are questioning").
_GROUP_AUXILIARIES = frozenset("are were have had will would could can may might must should also still now".split())


#: Prepositions placing people of a kind ("Politicians in Britain", "Farmers across Iowa").
_PLACING_WORDS = frozenset("in at from across around outside inside near throughout".split())


def group_subject(seg: str, words: list[str]) -> Mention | None | Undecided:
    """The group of people the comma piece ``seg`` (its words ``words``) opens on, ``None`` for a
    plural noun of things placed somewhere, or ``UNDECIDED`` when the piece opens on no group."""
    group_verb = first_verb(" " + seg.strip(STRIP))
    related = group_of(seg.strip(STRIP)[: group_verb.start()]) if group_verb is not None and group_verb.start() > 0 else None
    if related is not None:
        return related  # "Supporters of the mayor chanted"
    crowd = crowd_of(seg)
    if crowd is not None:
        return crowd  # "Hundreds of workers gathered"
    every = every_member(seg)
    if every is not None:
        return every  # "Every Democrat on the committee signed": all of them, a group
    if len(words) > 2 and _ADJECTIVE_BEFORE_GROUP.fullmatch(words[0]) and is_common_word(words[0].lower()):
        if words[1] in GROUP_NOUNS or words[1] in PLURAL_PERSON_NOUNS:
            # "Striking teachers marched …", "Angry parents packed …": an adjective capitalised
            # only as the sentence's first word, and a group
            return Mention("description", f"{words[0].lower()} {words[1]}")
    if words[0].lower() in _QUANTIFIERS and len(words) > 1 and words[1][:1].isupper():
        # "Some Republicans are questioning", "Many Kell allies insist": a group of a party, a
        # nation or someone's side, shown whole when the head reader finds one
        verb_at = next(
            (k for k, w in enumerate(words) if k > 1 and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.match(w) or w in _GROUP_AUXILIARIES)),
            len(words),
        )
        group = head_of_segment(" " + " ".join(words[:verb_at]) + " ")
        if group is not None and group.kind == "description" and group.text.lower() not in _QUANTIFIERS:
            return group
    those = words[0].lower() == "those" and len(words) > 2 and words[1] in _THOSE_OPENERS
    # (its verb, not an -ing form, "Those who use cargo-cult reasoning (“…”)"; or the end of a
    # clause cut right before its verb)
    plain_words = not any(c in seg for c in "(“”\"·")
    verb_at = next(
        (k for k, w in enumerate(words) if k > 1 and not w.endswith("ing") and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.fullmatch(w))),
        len(words) if plain_words else 0,
    ) if those else 0
    if those and 2 < verb_at <= _LONGEST_THOSE:
        # "Those close to Kell say", "those around him acknowledge", "Those who know him best
        # say": people described by where they stand, as written
        return Mention("description", " ".join(["those", *words[1:verb_at]]))
    quantified = words[0].lower() in _QUANTIFIERS and len(words) > 1 and _QUANTIFIED_NOUN.fullmatch(words[1]) is not None
    if quantified and not (LEADING_VERB.match(" " + words[1] + " ") or SPEECH_VERB.match(words[1])):
        # "Some government departments ran checks", "Some people thought": the noun phrase
        # ("some people", "some government departments"); never a bare "some"
        verb_at = next((k for k, w in enumerate(words) if k > 1 and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.match(w))), len(words))
        head = head_of_segment(" " + " ".join(words[:verb_at]) + " ")
        if head is not None and head.text.lower() not in _QUANTIFIERS:
            return head
        # (as written after the quantifier: "many close to Kell", not "kell")
        return Mention("description", " ".join([words[0].lower(), *words[1:verb_at]])) if verb_at <= _LONGEST_QUANTIFIED else None
    modified = modified_group(words) or national_group(words)
    if modified:
        return Mention("description", modified)  # "Top congressional Democrats defended …", not "Top"; "US officials said"
    if words[0].lower() in GROUP_NOUNS and len(words) > 2 and words[1] in ADJECTIVE_WORDS:
        close = head_of_segment(before_first_verb(seg))
        if close is not None and close.kind == "description" and close.text.lower().startswith(words[0].lower() + " "):
            return close  # "People familiar with the talks went further": not "people"
    if words[0].lower() in GROUP_NOUNS:
        owned_name = _OWNED_NAME_OPENING.match(seg.strip(STRIP)) if words[0][:1].isupper() else None
        if owned_name is not None and clean_name(owned_name.group(1)):
            return Mention("name", clean_name(owned_name.group(1)))  # "Media Research Center’s Bozell agrees": Bozell
        # (a title's role in capitals too: "Police Chief Ann Roe")
        role_name = NAME_RUN.match(" ".join(words[2:])) if len(words) > 2 and role_noun(words[1].lower()) else None
        holder = clean_name(role_name.group()) if role_name is not None else ""
        if holder and (len(holder.split()) > 1 or given_name_gender(holder) is not None):
            return Mention("name", holder)  # "Police chief Ann Roe said", "Police Chief Ann Roe": the chief, not the police
        return Mention("description", words[0].lower())  # "Thousands marched …", "Critics say"
    placed_people = len(words) > 2 and words[0].lower() in PLURAL_PERSON_NOUNS and is_common_word(words[0]) and words[1] in _PLACING_WORDS
    people = head_of_segment(before_first_verb(seg)) if placed_people else None
    if people is not None and people.kind == "description":
        return people  # "Politicians in Britain condemned Trump": people of a kind, not the place they are in
    if (
        people is None
        and len(words) > 2
        and words[1] in _PLACING_WORDS
        and words[0].lower().endswith("s")
        and is_common_word(words[0])
        and not LEADING_VERB.match(f" {words[0]} ")
    ):
        return None  # "Markets in Tokyo showed “…”", "Shares in Apple rose": things, placed; not the place
    if (
        len(words) > 3
        and words[1] in PLURAL_PERSON_NOUNS
        and words[2] in _PLACING_WORDS
        and words[0].lower() not in DETERMINERS
        and is_common_word(words[0].lower())
        and not words[0].endswith("s")
        and not LEADING_VERB.match(f" {words[0]} ")
    ):
        # "(But) protest organizers in Cleveland say", "union leaders in Ohio warned": a noun
        # and the people of it, placed
        return Mention("description", f"{words[0].lower()} {words[1]}")
    return UNDECIDED
