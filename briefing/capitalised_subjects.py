"""The subject of a comma piece that opens on a capitalised word which is no determiner, read for
``sentence_subjects.leading_np``: a name, perhaps after its title or a body and a role ("Clinton
press secretary Brian Fallon issues"), an owner's role or document ("Gov. Ben Poe's
spokeswoman", "Rubio's press release", "Kell's chief of staff Ann Roe"), a name "of" a place or
body ("Sen. Bernie Sanders of Vermont"), or none at all: a command ("Click this link"), a place
modifying a noun ("U.S. media"), a title ("Web of Angels").

Moved out of ``sentence_subjects`` as it was (session 37), so that module stays readable: these
readings share one question (where the run of capitalised words ends and whose name or role it
is) and their own word lists. A piece none of them decides is ``UNDECIDED`` (the reader goes on
with its reading of the piece as a phrase up to its verb); ``None`` is an answer: no one.
"""

from __future__ import annotations

import re

from .affiliated_names import person_of_body
from .contact_relatives import WRITES, name_after_documents
from .given_names import given_name_gender
from .groups import people_noun
from .head_patterns import long_described_head
from .masking import ABBREVIATION_DOT
from .mention import UNDECIDED, Mention, Undecided
from .name_cleaning import NAME_RUN, PERSON_TITLES, POSSESSIVE, TITLE_WORDS, clean_name
from .offices import holder_of_office, title_of_office
from .speaker_heads import head_of_segment
from .speakers import ADVERB_OPENERS
from .speech_lexicon import DOCUMENT_NOUNS, GROUP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .subject_phrases import apposed_name, before_first_verb, name_as_modifier, placed_noun
from .subject_words import (
    inner_particle,
    noun_before_verb,
    role_noun,
    speech_word_modifier,
    thing_word,
    verb_word,
)
from .wordlists import is_common_word, is_country, is_demonym, is_state

#: Words right after a capitalised common word that make it a command, not a name: "Click this
#: link", "Read our privacy notice", "Sign up", "Scroll down" (a boilerplate line of a page).
_IMPERATIVE_OBJECTS = frozenset("this that these those the a an our your here there up down below above out".split())

#: Lower-case verbs among ``TITLE_WORDS`` (there for "Asked about it, Sen. X …"): after a name they
#: end the subject, "Gov. Anne Holt asked Paul Hale to resign" is about Holt.
_VERBS_IN_TITLE_WORDS = frozenset({"asked", "speaking"})

#: Words after "Name's" that make the "'s" a contracted "has"/"is", not a possessive ("Christie's
#: been making the case", "Rubio's not ready").
_AFTER_CONTRACTED_IS = frozenset({"been", "got", "gotten", "not", "never", "going", "gone"})

#: Nouns of an account or page on a named platform ("X account", "Facebook page").
_PLATFORM_HEADS = frozenset({"account", "page", "feed", "channel", "handle", "profile"})

#: Words that open an object right after a verb: a capitalised common word before one opens a
#: sentence in the imperative ("Allow the dermatologist to …"), not a name before its verb.
_OBJECT_OPENERS = frozenset("the a an this that these those his her their our my your me us him them".split())

#: Bare verbs of a fixture a club takes in the plural before the other side's name ("Dunmore host
#: Ashby", "Rovers face Ashby"), which read as a noun the club's name modifies otherwise.
_FIXTURE_VERBS = frozenset("host face play meet visit entertain".split())

#: An owned role of up to six lower-case words and the name of its holder before a lower-case
#: word (the verb): "Trump's current national security adviser H.R. McMaster said" (group 1: the
#: role's noun, group 2: the name).
_OWNED_ROLE_THEN_NAME = re.compile(
    r"\s*(?:[A-Z][\w.․’'-]*\s+){0,3}[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,5}([a-z][\w-]*)\s+((?:[A-Z][\w.․’'-]*\s+){0,3}[A-Z][\w’'-]+)(?=\s+[a-z])"
)


def _modifies(words: list[str], k: int, nouns: frozenset[str]) -> bool:
    """``words[k]`` is a lower-case word, no verb, right before a noun of ``nouns``: the first
    word of a compound an owner's possessive opens ("campaign manager", "press release")."""
    return (
        k + 1 < len(words)
        and words[k].isalpha()
        and words[k].islower()
        and words[k + 1] in nouns
        and not (LEADING_VERB.match(" " + words[k] + " ") or SPEECH_VERB.fullmatch(words[k]))
    )


def _owned_head(word: str) -> bool:
    """A noun that may head an owner's title phrase ("press release", "press office", "chief
    pollster"): a document, a body or a person's role."""
    return word in DOCUMENT_NOUNS or word in ORGANISATION_NOUNS or word in PERSON_NOUNS or role_noun(word)


def capitalised_subject(
    seg: str, words: list[str], index: int, pieces: list[str], next_verb: str, present: int | None
) -> Mention | None | Undecided:
    """The subject of the comma piece ``seg`` (its words ``words``, piece ``index`` of the
    sentence's ``pieces``), which opens on a capitalised word; ``next_verb`` is the verb after the
    sentence, ``present`` where a verb in -s cuts the piece (``third_person_verb``)."""
    k = 0
    while k < len(words) and (words[k][:1].isupper() or words[k].lower() in TITLE_WORDS and words[k] not in _VERBS_IN_TITLE_WORDS or inner_particle(words, k)):
        k += 1
    if (
        index == 0
        and len(words) > 2
        and words[1] in _OBJECT_OPENERS
        and words[2][:1].islower()
        and is_common_word(words[0].lower())
        and given_name_gender(words[0]) is None
    ):
        # "Allow the dermatologist to repeat that:", "Let the surgeon explain:": a verb in
        # the imperative and its object; the sentence has no subject, no name "Allow"
        return None
    if k == 1 and speech_word_modifier(words):
        # "Text messages between the two men mention …": a speech-verb form opening the
        # sentence modifies the plural noun after it; it is no one-word name
        return Mention("description", f"{words[0].lower()} {words[1]}")
    if k == 1 and noun_before_verb(words, k) and is_common_word(words[0]):
        # "News reports said", "Police reports say": the -s form is a noun (another verb
        # follows it), and the capital only opens the sentence
        return Mention("description", f"{words[0].lower()} {words[1]}")
    if k < len(words) and noun_before_verb(words, k) and not words[k - 1].endswith(POSSESSIVE):
        return None  # "Kell campaign reports say": whose, not Kell
    owned = next((j for j in range(k - 1) if words[j].endswith(POSSESSIVE) and all(w.islower() for w in words[j + 1 : k])), None)
    verb_next = k < len(words) and bool(LEADING_VERB.match(" " + words[k]) or SPEECH_VERB.fullmatch(words[k]))
    if owned is not None and verb_next and words[k - 1].lower() in PERSON_NOUNS | PERSON_TITLES:
        # "Gov. Ben Poe's spokeswoman welcomed …": the owner's role, not the owner
        return Mention("description", " ".join(words[owned:k]))
    platform = next((j for j in range(k - 1) if words[j].endswith(POSSESSIVE)), None)
    if platform is not None and k < len(words) and words[k].lower() in _PLATFORM_HEADS and not any(w.endswith(POSSESSIVE) for w in words[platform + 1 : k]):
        # "Mr. Kell's X account posted", "Ann Roe's Facebook page said": the owner's account,
        # not the platform's name
        return Mention("description", " ".join(words[: k + 1]))
    role_end = k
    while role_end < len(words) and role_end - k < 2 and words[role_end].isalpha() and words[role_end].islower():
        role_end += 1
    role_words = words[k:role_end]
    of_role = next((j for j in range(1, min(k + 1, len(words) - 3)) if words[j].islower() and words[j + 1] == "of"), None)
    if (
        of_role is not None
        and role_noun(words[of_role])
        and words[of_role + 2].isalpha()
        and words[of_role + 2].islower()
        and words[of_role + 3][:1].isupper()
    ):
        # "Sale Sharks director of rugby Philippe Saint-Andre has …", "White House chief of
        # staff Ann Roe said": a role with what it is the role of, between the body and the
        # name, which is the subject
        k, role_words, role_end = of_role, words[of_role : of_role + 1], of_role + 3
    if role_words and all(role_noun(w) or not LEADING_VERB.match(f" {w} ") and not SPEECH_VERB.fullmatch(w) and is_common_word(w) for w in role_words) and role_noun(role_words[-1]) and role_end < len(words) and words[role_end][:1].isupper():
        # "Zoo visitor Terra Lund believes …", "Park ranger Ann Roe thinks …": a capitalised
        # word and a role before the name, which is the subject (not "Zoo"; but in "Tom
        # Reyes told mayor Ann Roe" the words are a name, its speech verb and the object)
        past_role = " ".join(words[role_end:])
        after_role = NAME_RUN.match(past_role)
        beyond = re.match(r"\s*([a-z]+)\s+(?=[A-Z])", past_role[after_role.end() :]) if after_role is not None else None
        if after_role is not None and beyond is not None and role_noun(beyond.group(1)):
            # "Acme senior North American economist Ann Roe said": a capitalised
            # adjective of the role, the name after it
            after_role = NAME_RUN.match(past_role, after_role.end() + beyond.end())
        person = clean_name(after_role.group()) if after_role is not None else ""
        verb_after = after_role is not None and re.match(r"\s*([a-z]+)", past_role[after_role.end() :])
        if len(person.split()) > 1 or given_name_gender(person) is not None or person and verb_after and verb_word(verb_after.group(1)):
            # also a surname alone before its verb: "Oklahoma conservative Lankford
            # questions …" is Lankford, never the place before the role
            return Mention("name", person)
    fixture = k + 1 < len(words) and words[k] in _FIXTURE_VERBS and words[k + 1][:1].isupper()
    if k < len(words) and words[k][:1].islower() and present is None and not fixture:
        # ("Tom Reyes admires Dan Lutz": "admires" is a verb, not a noun "Reyes" modifies;
        # nor is "host" in "Dunmore host Ashby on Friday", a club's fixture in the plural)
        compound, head = name_as_modifier(seg, next_verb if index == len(pieces) - 1 else "")
        if compound:
            return head  # "Trump backers say" is not Trump
    capitals = " ".join(words[:k])
    runs = list(NAME_RUN.finditer(capitals))
    owner = k and words[k - 1].endswith(POSSESSIVE)  # "Trump's candidacy has ..."
    if owner and k < len(words) and words[k].lower() in _AFTER_CONTRACTED_IS:
        owner = False  # "Christie's been making the case": has, not a possessive
    name = clean_name(runs[-1].group()) if runs and k < len(words) and not owner else ""
    if name and len(runs) > 1:
        name = person_of_body(capitals, runs) or name  # "Dr. Kell of the Red Cross acknowledged": Kell
    role_after = capitals[runs[-1].end() :].split() if runs else []
    if name and role_after and all(w.islower() for w in role_after) and runs[-1].group().rstrip().endswith(POSSESSIVE):
        # "Nvidia’s chief executive is known for …": the owner's role (words the loop
        # above read as a title), not the owner
        owner_role = [runs[-1].group().strip()]
        for w in role_after:
            if LEADING_VERB.match(f" {w} ") or SPEECH_VERB.fullmatch(w):
                break
            owner_role.append(w)
        else:
            # the noun the title word modifies goes with it: "Rubio's press release does
            # not mention", "Kell's press office said", "Roe's chief pollster said" (never
            # "Rubio's press" nor "Roe's chief")
            for w in words[k : k + 2]:
                if not (w.isalpha() and w.islower() and (_owned_head(w) or owner_role[-1] == "of")) or LEADING_VERB.match(f" {w} ") or SPEECH_VERB.fullmatch(w):
                    break
                owner_role.append(w)
            extension = len(owner_role) - 1 - len(role_after)
            named_role = NAME_RUN.match(" ".join(words[k + extension :]))
            holder = clean_name(named_role.group()) if named_role is not None else ""
            if len(holder.split()) > 1:
                return Mention("name", holder)  # "Kell's chief of staff Ann Roe said": Roe
            if role_after[-1] == "of":
                # "Ms. Kell's chief of staff is a woman. “…,” she said": kept as the
                # phrase it always was, which a later "she" passes over (the dev pages'
                # McCaskill); only the name after it is read
                del owner_role[len(owner_role) - extension :]
        return Mention("description", " ".join(owner_role))
    # "of" or "from" after the person ("David Reay from Edinburgh University likens …")
    of = next((r for r in runs[:-1] if capitals.startswith((" of ", " from "), r.end())), None) if name else None
    if of is not None and title_of_office(capitals[: runs[-1].start()]):
        of = None  # "Ohio Secretary of State Dan Perrow": a title of office, its holder after it
    if of is not None:
        # "Sen. Bernie Sanders of Vermont spoke", "Jeffrey Lewis of the James Martin Center
        # for Nonproliferation Studies wrote": not Vermont, not the centre
        holder = clean_name(of.group())
        name = holder if len(holder.split()) > 1 else name  # "Secretary of State John Kerry"
        thing = of.group().split()
        if name and name == runs[-1].group().strip() and of is runs[-2] and len(thing) == 1 and thing_word(thing[0]):
            # "Web of Angels was the first novel she sold", "Songs of Winter was": a title
            # (a common noun, no office, before "of"), not a person named Angels
            return None
    if name and len(name.split()) > 2 and title_of_office(capitals[: runs[-1].start()]):
        name = holder_of_office(name.split())  # "Director of National Intelligence James Clapper testified"
    if name and len(words) > 1 and is_common_word(words[0]) and words[1] in _IMPERATIVE_OBJECTS and words[0].lower() not in GROUP_NOUNS | PERSON_NOUNS:
        # "Click this link …", "Join our Belfast Live news service": a command, whose
        # subject is the reader, not "Click" nor the name in its object
        return None
    place = capitals.replace(ABBREVIATION_DOT, ".").strip()
    if name and k < len(words) and words[k][:1].islower() and not verb_word(words[k]) and (is_country(place) or is_state(place) or is_demonym(place)):
        # "U.S. media have reported", "Canadian media reported": the place (or its
        # adjective) modifies the noun after it, which is the subject (never "U.S" as a person)
        return placed_noun(seg)
    if name and k < len(words) and words[k][:1].islower() and any(w.endswith(POSSESSIVE) for w in words[: k - 1]) and not (LEADING_VERB.match(f" {words[k]} ") or SPEECH_VERB.fullmatch(words[k]) or words[k] in ADVERB_OPENERS or words[k].endswith("ly")):
        # "Norway’s TV news show took …", "Acme’s Berlin research office said": an owner,
        # then capitalised words that modify the lower-case noun after them; the owned
        # noun's phrase is the subject, never the capitalised modifier ("TV") as a name
        owned_phrase = head_of_segment(before_first_verb(seg))
        if owned_phrase is not None and owned_phrase.kind == "description" and owned_phrase.text.split()[-1] == before_first_verb(seg).split()[-1]:
            return owned_phrase
    writer = name_after_documents(runs[-1].group().split(), " " + words[k]) if name and k < len(words) and runs[-1].start() == 0 else None
    if writer is not None:
        # "Emails Kell sent to staff show …": the emails, whose words are their writer's
        # ("… show that he wanted “…”"); "Records Kell obtained show …": no one's
        return Mention("name", clean_name(" ".join(writer))) if WRITES.fullmatch(words[k]) and clean_name(" ".join(writer)) else None
    if name:
        return Mention("name", name)
    owned_compound = bool(owner and _modifies(words, k, PERSON_NOUNS))
    owned_document = bool(
        owner
        and _modifies(words, k, DOCUMENT_NOUNS)
        and (not words[k].endswith("s") or words[k].endswith("ss"))  # "Kell's lawyers note": a verb
        and words[k] not in PERSON_NOUNS | GROUP_NOUNS
        and not people_noun(words[k])
    )
    if owned_document:
        # "Rubio's press release does not mention", "Kell's campaign statement said": the
        # owner's document, whole (as "Kell's statement"), never "Rubio's press"
        return Mention("description", f"{words[k - 1]} {words[k]} {words[k + 1]}")
    if owner and k + 1 < len(words) and "-" in words[k] and words[k + 1] in DOCUMENT_NOUNS and not words[k + 1].endswith("s"):
        # "Kell's late-night tweet said", "Kell's year-end statement read": a hyphened
        # modifier of the owner's document, which no noun list holds
        return Mention("description", f"{words[k - 1]} {words[k]} {words[k + 1]}")
    if owned_compound:
        # "Tom Kline's campaign manager spoke", "Kline's press secretary said": the person,
        # not the campaign, nor no one
        return Mention("description", f"{words[k - 1]} {words[k]} {words[k + 1]}")
    # also a group of people ("Cameron's family issued a tribute", "Leon's parents said"): a "they"
    if owner and k < len(words) and (words[k].lower() in ORGANISATION_NOUNS | PERSON_NOUNS | DOCUMENT_NOUNS | {"family"} or people_noun(words[k].lower())):
        owned_role = Mention("description", f"{words[k - 1]} {words[k]}")  # "Rubio’s campaign sent out"
        if k + 1 == len(words) and index + 2 < len(pieces):
            # "Tom Kell's sister, Ann Lind, runs the shop": the role's name, whatever the verb
            return apposed_name(owned_role, pieces[index + 1], seg) or owned_role
        return owned_role
    described = head_of_segment(before_first_verb(seg)) if owner and long_described_head(before_first_verb(seg).split()) else None
    if described is not None and described.kind == "description":
        return described  # "Norway’s flagship TV news show took …": the owned phrase whole, modifiers stacked
    role_holder = _OWNED_ROLE_THEN_NAME.match(seg) if owner else None
    if role_holder is not None and role_holder.group(1).lower() in PERSON_NOUNS and clean_name(role_holder.group(2)):
        # "Trump's current national security adviser H.R. McMaster said": the role's
        # holder, named after a longer run of modifiers than the owned role reads above
        return Mention("name", clean_name(role_holder.group(2)))
    if owner:
        return None
    return UNDECIDED
