"""How long a run of capitalised words is as an organisation's name: "the Riverside Tenants
Association", "Americans for Prosperity", "AT&T", "Johnson and Johnson".

An organisation's name may hold lower-case words and "and", which would otherwise end a
person's name or split a phrase into two speakers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import given_name_gender
from .mention import Mention
from .name_cleaning import (
    POSSESSIVE,
    bare,
    is_person_title,
)
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INTRO_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .wordlists import is_common_word, is_country

DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "another",
    "one",
    "his",
    "her",
    "its",
    "their",
    "our",
}


PLURAL_PERSON_NOUNS = frozenset(n + "s" for n in PERSON_NOUNS)


STRIP = " \t,;:.—–-()“”\"‘’'·"


#: Nouns that end the first part of an organisation's name before "of", "on" or "for".
ORGANISATION_HEADS = ORGANISATION_NOUNS | {"center", "centre", "reserve"}
#: Lower-case words that are no part of a role written before a name ("… Center for Studies").
_NOT_ROLE_WORDS = INTRO_WORDS | DETERMINERS


def organisation_role_name(words: list[str]) -> bool:
    """ "Bank of America CEO Brian Moynihan", "the University of Texas professor Lena Ortiz",
    "Council on Foreign Relations senior fellow Max Borg": an organisation whose name holds
    "of", "on" or "for", then a role (lower-case words or titles), then a name of two words or
    more: the person at the end is the head, not the organisation's first word."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    preposition = next((k for k, w in enumerate(words) if w in {"of", "on", "for"}), 0)
    if not 1 <= preposition <= 4 or not all(w[:1].isupper() and not is_person_title(w) for w in words[:preposition]):
        return False
    if words[preposition - 1].lower() not in ORGANISATION_HEADS and not (preposition == 1 and _plural_noun(words[0])):
        # "Jeffrey Lewis of the James Martin Center": a person, then where they work (but "Friends
        # of the Earth", "Physicians for Human Rights": a plural noun opens the organisation's name)
        return False
    rest = words[preposition + 1 :]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    organisation = 0
    while organisation < len(rest) and rest[organisation][:1].isupper() and not is_person_title(rest[organisation]):
        organisation += 1
    role = organisation
    while role < len(rest) and (rest[role].islower() and rest[role] not in _NOT_ROLE_WORDS or is_person_title(rest[role])):
        role += 1
    name = rest[role:]
    return 1 <= organisation <= 4 and role > organisation and 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name)


NAME_JOINERS = {"of", "for", "and", "on", "the", "&"}


def organisation_with_and(words: list[str]) -> bool:
    """ "the Centers for Disease Control and Prevention", "the Department of Health and Human
    Services", "the National Oceanic and Atmospheric Administration", a nation's name perhaps
    before them ("the U.S. Department of …"): capitalised words joined by
    "of", "for", "and" that open or close with an organisation noun are one name, not two subjects.
    Not "the Senate and the House", "Senate and House Republicans" (an organisation or "the"
    after "and": two bodies), nor a phrase with a lower-case word or a person's name."""
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    words = [w.rstrip(",") for w in words]  # "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
    if len(words) > 3 and is_country(words[0].replace("\u2024", ".")):
        words = words[1:]  # "the U.S. Department of Health and Human Services": the nation's name first
    if len(words) > 3 and words[-1].islower() and words[-1] in ORGANISATION_NOUNS:
        # "the House Energy and Commerce committee": the name's last noun written in lower case
        words = [*words[:-1], words[-1].capitalize()]
    if len(words) < 3 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w in NAME_JOINERS) for w in words):
        return False
    heads = ORGANISATION_HEADS | {"centers", "centres", "institutes"}
    if words[0].lower() not in heads and words[-1].lower() not in ORGANISATION_NOUNS:
        return False
    after_and = [words[k + 1].lower() for k, w in enumerate(words[:-1]) if w == "and"]
    if any(
        w == "and"
        and given_name_gender(" ".join(words[k + 1 : k + 3])) is not None
        and (k + 3 >= len(words) or not words[k + 3][:1].isupper())
        for k, w in enumerate(words)
    ):
        return False  # "… Center for American Progress and Ben Poe of …": a person after "and" (not "Bill and Melinda Gates Foundation")
    return bool(after_and) and not any(w in ORGANISATION_NOUNS or w == "the" for w in after_and)


def organisation_of(before: str, after: str) -> bool:
    """ "The Ministry of Health", "the Department of Justice": a capitalised organisation noun
    opening the phrase (after "the" at most) and a capitalised word after "of" are one name, with
    nothing after it but that name ("The Ministry of Health said", not "the Ministry of Health
    spokesman Ali Reza", whose head is the person)."""
    words = before.split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() not in ORGANISATION_NOUNS:
        return False
    rest = after.split()
    rest = rest[1:] if rest[:1] == ["the"] else rest
    return 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest)


#: Last words of the opening of an organisation's name that goes on with "of", "for", "to",
#: "on", "against" or "without" ("the U.S. Chamber of Commerce", "the Committee to Protect
#: Journalists", "the Club for Growth").
_NAME_HEADS = ORGANISATION_HEADS | frozenset(
    """chamber centers centres institutes society academy conference trust project initiative caucus
    corps museum library laboratory front guard tribunal directorate services order brotherhood
    sisterhood republic kingdom commonwealth state city county town village district province
    archdiocese diocese port aid action relief rescue""".split()
)
#: Offices after "for" in a campaign's name ("Ann Roe for Congress", "Poe for President").
_CAMPAIGN_OFFICES = frozenset("Congress Senate President Governor Mayor America Assembly Council Sheriff".split())
#: Abbreviated organisation nouns ("the Dept. of Justice", "the Natl. Assn. of Realtors").
_ABBREVIATED_HEADS = frozenset({"dept", "assn", "univ", "inst", "comm", "corp"})
#: Prepositions that may open the rest of such a name (the first one; "and", "&" and "in" only
#: join later parts: "Citizens for Responsibility and Ethics in Washington").
NAME_PREPOSITIONS = frozenset({"of", "for", "to", "on", "against", "without"})
_LATER_NAME_JOINERS = NAME_PREPOSITIONS | {"and", "&", "in"}
#: Plural nouns of people that name a group by what it is for, not an organisation's name
#: ("Supporters of the Earth Party" are people who support it).
_RELATION_PLURALS = frozenset(
    "supporters opponents critics backers allies fans members relatives foes defenders followers residents".split()
)
#: Words after "on" that make it a time, not part of a name ("the Senate on Tuesday").
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


#: Plurals of people that open organisations' names and are no plural of a person noun we list.
_PEOPLE_PLURALS = frozenset("citizens families moms dads muslims christians catholics jews patriots women men".split())


def _people_plural(word: str) -> bool:
    """``word`` names people in the plural ("Americans", "Students", "Friends", "Citizens"), so it
    may open an organisation's name ("Americans for Prosperity"); not things ("Photos of the
    White House show …", "Reports of …")."""
    low = word.lower()
    if low in GROUP_NOUNS or low in PLURAL_PERSON_NOUNS or low in _PEOPLE_PLURALS:
        return True
    return re.fullmatch(r"[A-Z][a-z]+ans", word) is not None  # "Americans", "Texans", "Californians"


def _capital_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in {"the", "a", "an"}


def _cause_after(head: str, after: list[str]) -> bool:
    """The capitalised words ``after`` "for" (or "without") the one word ``head`` name what an
    organisation named so is for: "Everytown for Gun Safety", "Alternative for Germany", "Teach for
    America", "Habitat for Humanity". A word that may be a surname needs two of them ("Weller for
    CNN", "Weller for Democrats": a person and whom she works or speaks for), none the name of an
    organisation ("Weller for Politico Magazine"); none is a participle ("Thanks for Coming")."""
    tail: list[str] = []
    for word in after:
        if not _capital_word(word) or word.lower() in _TIME_WORDS:
            break
        tail.append(word.rstrip(STRIP))
        if word != word.rstrip(STRIP):
            break
    if not tail or tail[-1].lower() in ORGANISATION_NOUNS or any(w.lower().endswith("ing") and is_common_word(w.lower()) for w in tail):
        return False
    return len(tail) >= 2 or is_common_word(head.lower())


def organisation_name_length(words: list[str]) -> int:
    """How many of ``words`` (from the first) are one organisation's name that holds lower-case
    function words: an opening of capitalised words ending in an organisation noun ("the Center",
    "the U.S. Chamber", "Bank"), an acronym ("the ACLU" of Texas) or a plural noun of people
    ("Americans", "Students", "Friends"), then a preposition and capitalised words, perhaps more
    of them ("the Center for American Progress", "Americans for Prosperity", "Students for a
    Democratic Society", "Citizens for Responsibility and Ethics in Washington", "the Office of the
    Director of National Intelligence"). 0 when the words open no such name: "Ann Weller of Texas"
    (a person, then where she is from), "Secretary of State John Kerry" (a title), "the mayor of
    New York" (a description), "Republicans in Congress" (a group and where it sits). A name stops
    before a person's title or name after it ("Bank of America CEO Brian Moynihan"), a new
    conjunct ("… and the FBI") and a time ("the Senate on Tuesday")."""
    k = 1 if words[:1] and words[0].lower() in {"the", "a", "an", "one"} else 0  # "a Bank of America spokesman"
    start = k
    plural = False
    while k < len(words) and (_capital_word(words[k]) or k == start and _ORDINAL.fullmatch(words[k])) and k - start < 4:
        k += 1  # "the 9th U.S. Circuit Court of Appeals"
    opening = words[start:k]
    if not opening or k >= len(words) or words[k] not in NAME_PREPOSITIONS:
        return 0
    head, joiner = opening[-1], words[k]
    gerund = opening[0].lower().endswith("ing") and is_common_word(opening[0].lower())  # "Running for President"
    if joiner == "for" and words[k + 1 : k + 2] and words[k + 1].rstrip(STRIP) in _CAMPAIGN_OFFICES and len(opening) <= 3 and not gerund:
        return k + 2  # "Ann Roe for Congress", "Friends of …" aside: a campaign named after its candidate
    if any(is_person_title(w) for w in opening) or given_name_gender(" ".join(opening)) is not None:
        return 0  # "Secretary of State …"; "Frank Church of Idaho": a person, then where from
    if bare(head) in _NAME_HEADS or bare(head) in _ABBREVIATED_HEADS:
        pass  # "the Center", "the Dept." of Justice
    elif len(opening) == 1 and joiner == "of" and re.fullmatch(r"[A-Z]{2,}", head):
        pass  # "the ACLU of Texas"
    elif len(opening) == 1 and _people_plural(head):
        low = head.lower()
        if low in _RELATION_PLURALS or joiner not in {"for", "against", "without"} and (joiner != "of" or low in GROUP_NOUNS):
            return 0  # "Republicans in Congress", "Residents of Flint"; not "Friends of the Earth"
        tail = words[k + 1 : k + 3]
        if joiner == "of" and not (tail[:1] == ["the"] or len(tail) == 2 and all(_capital_word(w) for w in tail)):
            return 0  # "Citizens of Ukraine": people of a place; not "Veterans of Foreign Wars"
        plural = joiner == "of"  # people "of" something may go on with a lower-case noun
    elif len(opening) == 1 and joiner in {"for", "without"} and not gerund and _cause_after(head, words[k + 1 : k + 6]):
        pass  # "Everytown for Gun Safety", "Alternative for Germany": one word, then what it is for
    else:
        return 0
    end = 0
    campus = bare(head) in {"university", "college"}
    while k < len(words) and (words[k] in (_LATER_NAME_JOINERS if end else NAME_PREPOSITIONS) or campus and end and words[k] == "at"):
        joiner = words[k]  # "at" too in "the University of Texas at Austin"
        j = k + 1
        article = j < len(words) and words[j] in {"the", "a", "an"}
        if article and joiner in {"and", "&"}:
            break  # "the Office of Management and the FBI": a new conjunct
        j += article
        if joiner == "to" and j < len(words) and (not is_common_word(words[j].lower()) or words[j].lower() in ORGANISATION_NOUNS):
            break  # "… Justice to Congress": where a letter went; "to" opens a verb in a name ("to Protect")
        group = j
        while group < len(words) and _capital_word(words[group]) and group - j < 5:
            word = words[group]
            if is_person_title(word) and not article or word.lower() in _TIME_WORDS:
                break  # "Bank of America CEO Brian Moynihan"; "the Senate on Tuesday"
            person = group + 1 < len(words) and words[group + 1][:1].isupper() and given_name_gender(f"{word} {words[group + 1]}") is not None
            if person and not (joiner == "to" and group == j + 1):
                break  # "… of the Earth Ann Roe": a person's name; not "the Committee to Elect Ann Roe"
            if joiner in {"and", "&"} and group == j and word.lower() in ORGANISATION_NOUNS:
                break  # "… and Congress": two bodies
            group += 1
            if word.endswith(",") and _listed_fields(words[group:]):
                continue  # "the American Federation of State, County and Municipal Employees"
            if word != word.rstrip(STRIP):
                return group  # "… Ethics in Washington, said": the punctuation ends the name
        if group == j:
            break
        end = k = group
    if plural and end < len(words) and words[end][:1].islower() and not (LEADING_VERB.match(f" {words[end]} ") or SPEECH_VERB.match(words[end])):
        role = end
        while role < len(words) and role - end < 3 and words[role].islower():
            role += 1
        if not (role < len(words) - 1 and words[role][:1].isupper() and words[role + 1][:1].isupper()):
            return 0  # "Veterans of the Iraq war", "Mothers of Parkland victims": people, described
    return end  # (but "Friends of the Earth campaigner Jo Bell": a role and its holder after the name)


def _listed_fields(words: list[str]) -> bool:
    """``words`` go on with the rest of a list of capitalised fields after a comma: "County and
    Municipal Employees", "Tobacco, Firearms and Explosives" (single words, the last two joined
    by "and")."""
    k = 0
    while k < len(words) and re.fullmatch(r"[A-Z]\w+,", words[k]):
        k += 1
    if not (len(words) > k + 2 and re.fullmatch(r"[A-Z]\w+", words[k]) and words[k + 1] == "and" and words[k + 2][:1].isupper()):
        return False
    # not people ("… Health, Ann and Bob Roe"): no field is a given name
    return all(given_name_gender(f"{w.rstrip(',')} X") is None for w in [*words[: k + 1], words[k + 2]])



#: Capitals joined by "&" in one word: an organisation's short name ("AT&T", "Texas A&M", "S&P").
_AMPERSAND_ACRONYM = re.compile(r"[A-Z]+&[A-Z]+")


#: A lower-case epithet between "the" and an organisation's name: a compound with a hyphen
#: ("free-market", "left-leaning", "Washington-based" is capitalised and read as the name's) or
#: an adjective of outlook or standing.
_ORGANISATION_EPITHET = re.compile(
    r"[a-z]+-[a-z]+|conservative|liberal|progressive|libertarian|nonpartisan|bipartisan|independent|influential|"
    r"prestigious|powerful|respected|venerable|centrist|populist|radical|moderate|secretive|little-known|"
    r"nonprofit|non-profit|prominent|right-wing|left-wing|pro-business|advocacy|activist|lobby|campaign|watchdog|research"
)


@lru_cache(maxsize=8192)  # asked again of the same phrase by several rules: 6 calls in 10 on news pages
def organisation_name(phrase: str) -> Mention | None:
    """``phrase`` whole as an organisation's name with lower-case function words in it
    (``organisation_name_length``): "the Center for American Progress" (a description, like "the
    Department of Homeland Security"), "Americans for Prosperity" (a name); or capitalised words
    around an acronym with "&" ("AT&T", "Texas A&M University", "S&P Global"), which a run of
    capitals would cut at the "&"."""
    words = phrase.strip(STRIP).split()
    if 0 < len(words) <= 4 and any(_AMPERSAND_ACRONYM.fullmatch(w) for w in words):
        person = any(is_person_title(w) or given_name_gender(" ".join(words[k : k + 2])) for k, w in enumerate(words))
        if not person and all(_capital_word(w) or k == 0 and w in {"the", "The"} for k, w in enumerate(words)):
            return Mention("description", " ".join(["the", *words[1:]])) if words[0] in {"the", "The"} else Mention("name", " ".join(words))
    lead = 1
    while words[:1] in (["the"], ["The"]) and lead < min(len(words), 3) and (_ORGANISATION_EPITHET.fullmatch(words[lead]) or words[lead] in ORGANISATION_NOUNS):
        lead += 1
    if 1 < lead < len(words) - 2 and words[lead][:1].isupper():
        # "the free-market Institute for Economic Affairs", "the advocacy group Citizens for Fair
        # Elections": an epithet or a kind of body before the name, not the end of a phrase that
        # leaves "Institute" or "Citizens"
        inner = organisation_name(" ".join(words[lead:]))
        if inner is not None and len(inner.text.split()) > 2:
            return Mention("description", f"the {inner.text}") if words[lead].lower() in ORGANISATION_HEADS else inner
    if not words or words[0].lower() in {"a", "an", "one"} or organisation_name_length(words) != len(words):
        return None
    if words[0] in {"the", "The"}:
        return Mention("description", " ".join(["the", *words[1:]]))
    return Mention("name", " ".join(words))


def _without_epithet(words: list[str]) -> list[str]:
    """``words`` without an epithet between "the" and a capitalised name ("the free-market
    Institute for …" -> "the Institute for …")."""
    if len(words) > 2 and words[0] in {"the", "The"} and _ORGANISATION_EPITHET.fullmatch(words[1]) and words[2][:1].isupper():
        return [words[0], *words[2:]]
    return words


#: Nouns saying what kind of body a name is, after the name ("… business lobby group").
_KIND_OF_BODY = frozenset({"campaign", "committee", "group", "organization", "organisation", "association", "coalition", "body"})


def organisation_owns(phrase: str) -> Mention | None:
    """ "the U.S. Chamber of Commerce's chief economist", "the Committee to Protect Journalists'
    annual report", "Bank of America analysts": an organisation's name of
    ``organisation_name_length`` in the possessive, or before a noun of people or of a document,
    and one to three lower-case words, its person or document, shown whole (a name in apposition
    after it still gives the person)."""
    words = _without_epithet(phrase.strip(STRIP).split())
    n = organisation_name_length(words) if words and words[0].lower() not in {"a", "an", "one"} else 0
    if not n or not 1 <= len(words) - n <= 3:
        return None
    head = words[-1].lower()
    if not words[n - 1].endswith(POSSESSIVE) and head not in PERSON_NOUNS | GROUP_NOUNS | PLURAL_PERSON_NOUNS | DOCUMENT_NOUNS | _KIND_OF_BODY:
        # (but "Bank of America analysts", "the Council of Europe report": its people, its text;
        # "the U.S. Chamber of Commerce business lobby group": the body, said what kind it is)
        return None
    if not all(w.islower() and w not in DANGLING_PREPOSITIONS for w in words[n:]):
        return None
    if SPEECH_VERB.search(" ".join(words[n:])) or first_verb(" " + " ".join(words[n:]) + " "):
        return None  # "… Progress's report found": a clause, not a phrase
    return Mention("description", " ".join(["the", *words[1:]]) if words[0] == "The" else " ".join(words))


#: Nouns that class an organisation after its name ("the U.S. Chamber of Commerce business lobby
#: group", "the Heritage Foundation think tank"): what kind of body it is.
_CLASSIFIERS = frozenset("group lobby tank watchdog organization organisation nonprofit charity coalition alliance".split())


def classified_organisation(phrase: str) -> Mention | None:
    """ "the U.S. Chamber of Commerce business lobby group" -> "the U.S. Chamber of Commerce": an
    organisation's name, then one to three lower-case words that class it as a kind of body
    (``_CLASSIFIERS``), which say nothing of who spoke; the name alone, as the text names the body
    elsewhere. The name is one of ``organisation_name_length`` ("the Chamber of Commerce") or
    capitalised words ending in an organisation noun ("the American Civil Liberties Union", "the
    Sierra Club"); not a person's name before a classifier ("the Ann Roe campaign group")."""
    words = phrase.strip(STRIP).split()
    if len(words) < 3 or words[0] not in {"the", "The"} or words[-1].lower() not in _CLASSIFIERS:
        return None
    n = organisation_name_length(words)
    if not n:
        n = 1
        while n < len(words) and _capital_word(words[n]) and not is_person_title(words[n]):
            n += 1
        last = words[n - 1]
        if n == 1 or not last[1:].islower() or last.lower() not in ORGANISATION_HEADS:
            return None  # (an acronym stays with its classifier: "the BLM group", not "the BLM")
        if given_name_gender(" ".join(words[1:3])) is not None:
            return None
    classifier = words[n:]
    if not 1 <= len(classifier) <= 3 or not all(w.isalpha() and w.islower() and w not in DETERMINERS for w in classifier):
        return None
    return Mention("description", " ".join(["the", *words[1:n]]))


def _plural_noun(word: str) -> bool:
    """``word`` is the plural of a common noun ("Friends", "Veterans"), not a surname in -s."""
    low = word.lower()
    return low.endswith("s") and is_common_word(low) and is_common_word(low[:-1])


#: Prepositions that never end a noun phrase: a description ending in one is a clause cut short
#: ("the crowd broke into", read with "broke" taken for part of the noun phrase).
DANGLING_PREPOSITIONS = frozenset("into onto at of to for from with about against toward towards upon".split())  # not "over": "a voice over"


#: A news outlet's own name in capitals and the lower-case noun that says what kind of outlet it
#: is, with no article: "Interfax news agency", "Le Figaro newspaper", "Time magazine", "Reuters
#: news agency" (group 1 the name). A name of one to four capitalised words, none a determiner.
_NAMED_OUTLET = re.compile(
    r"\s*((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)\s+"
    r"(?:(?:state\s+|official\s+|national\s+)?news\s+agency|newspaper|magazine|daily|weekly|news\s+website|"
    r"website|broadcaster|(?:TV|television|radio)\s+(?:channel|station|network))\s*"
)


def named_outlet(phrase: str) -> Mention | None:
    """ "said Interfax news agency", "Le Figaro newspaper said": an outlet named without "the",
    the way wire and BBC copy write it (with "the" it is a plain description, "the Le Figaro
    newspaper"). Why: the bare name and its class noun read as neither a person's name (a common
    noun ends it) nor a description (no determiner), and were dropped. The whole phrase is the
    speaker, an organisation by its head noun; not "This newspaper", "Another magazine" (a
    determiner, a description of its own) nor a person's name before the noun ("Ann Roe magazine"
    is no outlet's style)."""
    outlet = _NAMED_OUTLET.fullmatch(phrase)
    if outlet is None:
        return None
    words = outlet.group(1).split()
    if words[0].lower() in DETERMINERS or words[0].lower() in INTRO_WORDS or is_person_title(words[0]):
        return None
    if len(words) >= 2 and given_name_gender(" ".join(words[:2])) is not None:
        return None
    return Mention("description", " ".join(phrase.split()))

