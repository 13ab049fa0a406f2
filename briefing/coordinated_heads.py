"""Speaker phrases joined by "and": who the conjuncts of "Mayor Ed Kline and Sheriff Rosa Diaz",
"the Department of Justice and the FBI" or "Mr. and Mrs. Hale" are, and when an "and" joins no
speakers at all: one person's titles ("Chairman and CEO Tim Vance"), an office over two fields
("Police and Crime Commissioner Ann Roe"), an organisation's name ("the Centers for Disease
Control and Prevention"), a clause ("Kline and left the stage").

Moved out of ``speaker_heads`` (session 37), so that module stays readable. A conjunct is a head
itself and a head may be a coordination, so these readers and ``speaker_heads.head_of_segment``
call each other; the head reader is handed in (``read_head``, always
``speaker_heads.head_of_segment``) rather than imported, so that the dependency runs one way:
``speaker_heads`` imports this module, never the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .conjunct_words import (
    ALIKE,
    BOTH,
    CONJUNCT_OPENERS,
    COORDINATOR,
    HONORIFIC_COUPLE,
    INNER_PREPOSITIONS,
    OWNED_NOUN,
    SINGULAR_VERB,
    bare_noun,
    firm_after_noun,
    places_joined,
    shouted_words_lowered,
)
from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .groups import people_noun
from .head_edges import without_adjectival_participles
from .head_kinds import (
    STRIP_POSSESSIVE,
    SUBJECT_PRONOUNS,
    can_speak,
)
from .head_patterns import (
    _DAY_AFTER_HEAD,
    _DAY_ENDINGS,
    _FIRM_OWNED_NAME,
    _PRONOUN_PARTNER_WORDS,
    ADVERB_TAIL,
    _role_of_joined_body,
    _seat_then_person,
)
from .mention import Mention
from .name_cleaning import (
    NAME_RUN,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVE,
    SHARED_SURNAME_COUPLE,
    bare,
    clean_name,
    is_person_title,
)
from .organisation_names import (
    DETERMINERS,
    PLURAL_PERSON_NOUNS,
    STRIP,
    organisation_name_length,
    organisation_with_and,
)
from .owned_names import may_be_given_name
from .speech_lexicon import (
    GROUP_NOUNS,
    PERSON_NOUNS,
)
from .speech_verbs import SPEECH_VERB, first_verb
from .title_runs import (
    TITLE_PREMODIFIERS,
    WORK_THEN_ROLE,
    field_word,
    firm_role_holder,
    role_words,
    title_run,
    title_word,
)
from .wordlists import is_common_word

#: The reader of one speaker phrase's head (``speaker_heads.head_of_segment``), which a conjunct is
#: read with.
HeadReader = Callable[[str], Mention | None]


def _named_opening(words: list[str], *, read_head: HeadReader) -> bool:
    """Words before a preposition that are a person's or a body's name ("Ann Roe" of "Ann Roe of
    the Sierra Club", "The Department" of "The Department of Justice"), not a description or a
    gerund ("a spokesman", "Choosing")."""
    words = words[1:] if words[:1] in (["the"], ["The"]) else words  # "The Department of Justice"
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    if words[0].lower().endswith("ing") and is_common_word(words[0].lower()):
        return False
    head = read_head(" ".join(words))
    if head is None or head.kind not in {"name", "description"}:
        return False
    return all(w[:1].isupper() for w in head.text.split() if w.lower() != "the")  # not "officials"


def conjuncts(text: str, *, read_head: HeadReader) -> list[str]:
    """``text`` split at the "and"/"&" that join speaker phrases: not inside an organisation's name
    ("the Department of Health and Human Services and the FBI" has two conjuncts), nor inside a
    phrase that a preposition opens after a description ("a spokesman for Smith and Wesson")."""
    pieces: list[str] = []
    start = 0
    for m in COORDINATOR.finditer(text):
        left = text[start : m.start()]
        words = left.split()
        rest = text[m.end() :]
        # a preposition, or a participle that opens a phrase like one ("starring", "including")
        inner = next((k for k, w in enumerate(words) if w in INNER_PREPOSITIONS or k and w.islower() and w.endswith("ing")), None)
        if inner is not None and not (
            (_named_opening(words[:inner], read_head=read_head) or _seat_then_person(words[:inner], rest))
            and not (rest[:1].islower() and rest.split()[0] not in CONJUNCT_OPENERS)
        ):
            # "a spokesman for the FBI and the CIA": one spokesman for both; "Vice President for
            # news and talk Dave Gorab", "Choosing between Clinton and Sanders": the preposition's
            # objects; but "Ann Roe of the Sierra Club and Ben Poe": two people
            continue
        nxt = COORDINATOR.search(rest)
        right = rest[: nxt.start()] if nxt is not None else rest
        if any(
            organisation_with_and(words[k:] + ["and", *right.split()])
            or organisation_name_length(words[k:] + ["and", *right.split()]) > len(words) - k + 1
            for k in range(len(words) - 1)
        ):
            continue  # "the Department of Health and Human Services", "officials at the Department of …"
        if _role_of_joined_body(words, right.split()):
            continue  # "a Customs and Border Protection spokeswoman": one role of one agency
        pieces.append(left)
        start = m.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


def owners_coordinated(parts: list[str], *, read_head: HeadReader) -> bool:
    """ "Johnson and Johnson's chief executive", "Ann Roe and Ben Poe's lawyer": names joined
    before a possessive, which owns the noun after it: one description, not two speakers."""
    return bool(OWNED_NOUN.match(parts[-1])) and len(parts[-1].split()) <= 6 and all(bare_name(p, read_head=read_head) for p in parts[:-1])


def titles_then_name(text: str, *, read_head: HeadReader) -> Mention | None:
    """The name after coordinated capitalised titles of one person ("Chief Operating Officer and
    Deputy Chairman Ann Roe", "Head of Sales & Marketing and Deputy CEO Ann Roe"): her name, not a
    pair. None when the first conjunct ends on a name ("Chief Executive Ann Roe and Chairman Ben
    Poe" are two people) or a determiner opens it ("the Chief Constable and Mayor Ann Roe")."""
    joins = list(COORDINATOR.finditer(f" {text} "))
    if not joins:
        return None
    last = joins[-1]
    left = f" {text} "[: last.start()].split()
    if not title_run(left):
        return None
    head = read_head(f" {text} "[last.end() :])
    words = f" {text} "[last.end() :].split()
    if head is not None and head.kind == "name" and WORK_THEN_ROLE.match(f" {text} "[last.end() :]):
        return head  # 'SAG-AFTRA President and “The Harbor” star Rita Vance': a second role, its work quoted
    if head is None or head.kind != "name" or not words or not title_word(words[0]) and words[0].lower() not in TITLE_PREMODIFIERS | {"deputy", "vice", "assistant", "executive", "senior", "managing"}:
        return None  # "Chief Officer and Ann Roe": a title, then someone else
    return head


def department_office_holder(text: str, *, read_head: HeadReader) -> Mention | None:
    """The name after an office whose department's name holds the "and" ("Health and Human
    Services Secretary Ann Roe", "Environment, Food and Rural Affairs Secretary Ann Roe"): one
    person, not a pair. Every word before the office's title word is a capitalised word of the
    language, none a given name, a title or a people noun (not "Senate Democrats and House Speaker
    Ann Roe", nor "Chief Executive Ann Roe and Chairman Ben Poe")."""
    words = text.replace(",", " ").split()
    if "and" not in words[1:-3]:
        return None
    right = words[len(words) - words[::-1].index("and") :]
    if len(right) < 3 or not title_word(right[-3]) and not title_word(right[-2]):
        return None  # no title word before a name of one or two words
    head = read_head(" ".join(right))
    if head is None or head.kind != "name":
        return None
    named = head.text.split()
    if len(words) <= len(named) + 2 or words[-len(named) :] != named:
        return None
    before = words[: -len(named)]
    if not title_word(before[-1]) or "and" not in before[:-1] or before[0] == "and" or before[-2] == "and":
        return None
    return head if all(
        w == "and"
        or w[:1].isupper()
        and w.lower() not in DETERMINERS
        and w.lower() not in GIVEN_NAME_GENDER
        and is_common_word(w.lower())
        and not title_word(w)
        and not people_noun(w.lower())
        for w in before[:-1]
    ) else None


def _office_of_joined_fields(text: str, *, read_head: HeadReader) -> Mention | None:
    """The holder of an office whose name joins two fields with "and" ("Police and Crime
    Commissioner Ann Roe", "Health and Human Services Secretary Ann Roe", "Fire and Rescue Chief
    Ann Roe"): before the "and" only capitalised words of the language, after it more such words,
    a title word and the name. Not "Police and Mayor Ann Roe" (the title right after the "and":
    maybe two speakers) nor "Tom Ames and Crime Commissioner Ann Roe" (a given name first)."""
    joins = list(COORDINATOR.finditer(f" {text} "))
    if len(joins) != 1:
        return None
    first = f" {text} "[: joins[0].start()].split()
    last = f" {text} "[joins[0].end() :].split()
    if not 1 <= len(first) <= 3 or not all(field_word(w) for w in first):
        return None
    k = next((k for k, w in enumerate(last) if not field_word(w) or title_word(w)), len(last))
    if k == 0 or k >= len(last) - 1 or not title_word(last[k]):
        return None
    head = read_head(" ".join(last[k:]))
    return head if head is not None and head.kind == "name" and head.text.split()[-1] == last[-1].strip(STRIP) else None


def _speaker_conjunct(words: list[str], *, read_head: HeadReader) -> bool:
    """``words`` (the conjunct before "and he") are one speaker's short phrase, a name or a person's
    description ("Jones", "the mayor"), not a clause whose end the "and" joins ("fix the system
    and he …")."""
    if not 0 < len(words) <= _PRONOUN_PARTNER_WORDS:
        return False
    head = read_head(" ".join(words))
    return head is not None and head.kind in {"name", "description"} and " ".join(words).endswith(head.text)


def coordination(segment: str, following: str = "", *, read_head: HeadReader) -> Mention | None:
    """A subject of speakers joined by "and" ("Mayor Ed Kline and Sheriff Rosa Diaz said", "The
    Department of Justice and the FBI said", "Smith and Wesson said"): both spoke, so neither alone
    is the speaker; the conjuncts' heads joined ("Ed Kline and Rosa Diaz", "the Department of
    Justice and the FBI"), or an unnamed someone when a conjunct has no head. None when ``segment``
    is no such coordination, to be read as before: an organisation's name ("the Centers for Disease
    Control and Prevention"), roles of one person ("Chairman and CEO Tim Vance" is Vance, so is "the
    company's founder and chief executive Ann Roe": the second role shares the determiner), or an
    "and" opening a clause ("Kline and left the stage"). ``following`` is the text after the
    subject: a singular verb there ("… has promoted") makes the phrase one person's roles."""
    text = ADVERB_TAIL.sub("", ALIKE.sub("", BOTH.sub("", segment.strip(STRIP)))).strip(STRIP)  # "… later said"
    if (text + " ").endswith(_DAY_ENDINGS):
        # "Kell's pollster and strategist Ann Roe on Monday lashed out": the day is when, and the
        # name still ends the second conjunct
        text = _DAY_AFTER_HEAD.sub("", text, count=1).strip(STRIP)
    if COORDINATOR.search(f" {text} ") is None or SHARED_SURNAME_COUPLE.fullmatch(text):
        return None
    if HONORIFIC_COUPLE.match(text):
        if OWNED_NOUN.search(text):
            return Mention("description", text)  # "Mr. and Mrs. Hal Dorsey's lawyer": their lawyer
        return Mention("unnamed", text)  # "Mr. and Mrs. Hale": two people, neither named alone
    holder = titles_then_name(text, read_head=read_head) or department_office_holder(text, read_head=read_head)
    if holder is not None:
        return holder  # "Chief Operating Officer and Deputy CEO Ann Roe": one person's titles
    holder = _office_of_joined_fields(text, read_head=read_head)
    if holder is not None:
        return holder  # "Police and Crime Commissioner Ann Roe": one office over two fields
    parts = conjuncts(text, read_head=read_head)
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if places_joined(parts, ampersand=" & " in text):
        return None  # "the MP for Sittingbourne and Sheppey": one seat, read as "the MP for Bath" is
    for part in parts:
        if SPEECH_VERB.search(part) or first_verb(
            " " + " ".join(without_adjectival_participles(shouted_words_lowered(part.split()))) + " "
        ):
            return None  # "Kline and left the stage", "the bill passed and Diaz": clauses
    if owners_coordinated(parts, read_head=read_head) or STRIP_POSSESSIVE.search(parts[-1].split()[-1]) and parts[-1][:1].isupper():
        # "Ann Roe and Ben Poe's lawyer": their lawyer, or his; "Ben and Jerry's": a brand
        return Mention("description", text)
    first_words = " ".join(parts[:-1]).split()
    last = parts[-1].split()
    runs = list(NAME_RUN.finditer(parts[-1]))
    named = (
        bool(runs)
        and runs[-1].end() >= len(parts[-1].rstrip())
        and bool(clean_name(runs[-1].group()))
    )
    if role_words(first_words):
        # "Chairman and CEO Tim Vance", "Actor and activist Ben Poe": one person's roles, or one
        # role ("president and CEO of the association")
        head = read_head(parts[-1]) if named else None
        return head if head is not None and head.kind == "name" else None
    if (
        named
        and len(first_words) > 1
        and first_words[-1][:1].islower()  # not "Senator Mia Lord and Rep. Tom Hale": a name ends the first part
        and role_words(first_words[-1:])
        and all(w[:1].isupper() and w.lower() not in DETERMINERS or role_words([w]) for w in first_words[:-1])
        and last[0][:1].isupper()
        and any(is_person_title(w) or bare(w) in PERSON_TITLES for w in last[:-1])
    ):
        # "Acme Foods co-founder and CEO Ann Roe": the firm's name before a role with no determiner
        # of its own, then a title and a name: one person's two roles (the firm is no speaker); so
        # with a place or a party before the second title ("Ex-BBC host and East Midlands MEP Tom Kell")
        head = read_head(parts[-1])
        if head is not None and head.kind == "name":
            return head
    if last[0] in CONJUNCT_OPENERS:
        pass  # "and the FBI", "and his wife": a phrase of its own
    elif len(last) == 1 and last[0].lower() in SUBJECT_PRONOUNS and _speaker_conjunct(first_words, read_head=read_head):
        return Mention("unnamed", text)  # "Jones and he said": two people, one of them a pronoun
    elif not named:
        if last[-1].islower() or last[-1][:1].isdigit():
            # no determiner of its own: the second role shares the first's ("the Florida senator and
            # Republican presidential candidate"), unless a plural makes them groups
            plural = last[-1].endswith("s") and not last[-1].endswith(("ss", "us", "is")) and is_common_word(last[-1][:-1])
            if last[-1].lower() in GROUP_NOUNS or last[-1].lower() in PLURAL_PERSON_NOUNS or plural:
                # "Police and fire officials", "the Justice and Treasury departments": one plural head
                lower = text.split()[0].lower() in GROUP_NOUNS | PLURAL_PERSON_NOUNS | DETERMINERS
                return Mention(
                    "description", text[0].lower() + text[1:] if lower else text
                )  # "Police and fire officials"
            return None
    elif (
        runs[-1].start() > 0
        and not (last[0][:1].isupper() and (is_person_title(last[0]) or bare(last[0]) in PERSON_TITLES))
        and not INNER_PREPOSITIONS.intersection(parts[-1][: runs[-1].start()].split())  # "faculty at Ohio State"
    ):
        # a name after lower-case words: "former TV network anchor Katie Couric", "24-year-old Tom Giancola"
        head = read_head(parts[-1])
        if head is None or head.kind != "name":
            return None
        if all(
            w.lower() in DETERMINERS
            or role_words([w])
            or w.endswith(POSSESSIVE)
            and w[:1].islower()
            for w in first_words
        ):
            return head  # "the company's founder and chief executive Ann Roe": a shared determiner, one person
        if SINGULAR_VERB.match(following):
            return head  # "Yahoo News and former TV network anchor Katie Couric has …": one person
        if (
            (first_words[-1] in PERSON_NOUNS or role_words(first_words[-1:]))  # "co-founder"
            and first_words[0].lower() not in {"a", "an"}
            and all(role_words([w]) or w[:1].isupper() or w.lower() == "the" or w.endswith(POSSESSIVE) for w in first_words[:-1])
        ):
            # "former Google engineer and Gmail inventor Paul Buchheit": a role noun with no
            # determiner of its own before the "and" shares the name with the second role
            return head
        if (
            last[0][:1].isupper()
            and all(w[:1].isupper() and w.lower() not in DETERMINERS for w in first_words)
            and given_name_gender(" ".join(first_words)) is None
            # nor a titled person: "House Speaker Tim Moore and Senate leader Phil Berger"
            and not any(is_person_title(w) or bare(w) in PERSON_TITLES for w in first_words)
        ):
            held = firm_role_holder(parts[-1], head)
            if held is not None:
                return held  # "Only Fools and Horses star David Jason": a show's name with "and", its star
        first = read_head(" ".join(first_words))
        person = (
            first is not None
            and first.kind == "name"
            and (len(first.text.split()) == 1 or given_name_gender(first.text) is not None)
        )
        if not person:
            return Mention(
                "unnamed", text
            )  # "Yahoo News and former TV network anchor Katie Couric said": unsure
    owned = _FIRM_OWNED_NAME.fullmatch(parts[-1]) if len(parts) == 2 and len(first_words) == 1 and first_words[0][:1].isupper() else None
    if owned is not None and may_be_given_name(owned.group(1).split()[0]):
        return Mention("name", owned.group(1))  # "Ernst and Young's Sanjay Mehta": the firm's, not two people
    heads = [read_head(p) or bare_noun(p) for p in parts]
    if any(h is None or h.kind not in {"name", "description", "pronoun"} or h.kind == "description" and not can_speak(h.text) for h in heads):
        # "Ronald Reagan's story and George W. Bush's refusal to …": things, no speakers
        return Mention("unnamed", text)
    if any(h is not None and h.kind == "pronoun" for h in heads):
        return Mention("unnamed", text)  # "he and his wife": the pronoun's person is resolved alone
    shown: list[str] = []
    for part, head in zip(parts, heads, strict=True):
        words = set(part.split()) | set(STRIP_POSSESSIVE.sub("", part).split())
        inside = head is not None and head.kind == "name" and not set(head.text.split()) <= words
        if head is not None and head.kind == "name" and part.lower().startswith("the ") and re.search(rf"\bof\s+(?:the\s+)?{re.escape(head.text)}$", part.strip()):
            inside = True  # "Tom Pike, and the head of the Hope Centre": the centre's head, not the centre
        shown.append(part if inside or head is None else head.text)  # not "M" of "Texas A&M"
    if all(h.lower() == p.lower() for h, p in zip(shown, parts, strict=True)):
        shown = parts  # "Republicans and Democrats" as written, not "republicans and Democrats"
    joined = " and ".join(shown) if len(shown) == 2 else ", ".join(shown[:-1]) + " and " + shown[-1]
    if "&" in text and all(p[:1].isupper() for p in parts):
        holder = firm_role_holder(parts[-1], heads[-1])
        if holder is not None:
            return holder  # "Johnson & Johnson CEO Ann Roe", "Fox & Friends co-host Ann Roe"
        joined = text  # "Procter & Gamble", "Roe & Poe LLP": a firm's name, as written
    elif " & " in text and (firm := firm_after_noun(parts)):
        joined = firm  # "the law firm Scott & Scott": the firm, never two people
    lower = joined.split()[0].lower() in DETERMINERS  # "the mayor and …", "one resident and …"
    return Mention("description", joined[0].lower() + joined[1:] if lower else joined)


def bare_name(piece: str, *, read_head: HeadReader) -> bool:
    """A comma piece that is only a name ("Ben Poe", "Sen. Amy Cole"): a member of a list."""
    words = piece.strip(STRIP).split()
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    head = read_head(piece)
    return head is not None and head.kind == "name"
