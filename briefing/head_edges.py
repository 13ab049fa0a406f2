"""Where a speaker phrase's head begins and ends: the cut at "who", "of", "at" ("Chris Low at
FTN"), though not at a title's own "of" or inside an organisation's name; the participle or
adjective after a noun ("one Republican involved in the planning", "a source close to the talks");
a document's issuer ("a statement issued by"); a name given ("an academic named Eric Kingson");
partitives ("one of the nurses at the clinic"); and -ed or -ing words that are adjectives or nouns
("retired surgeon", "the warning"), not the verb that would make the phrase a clause.

Patterns and cuts over one phrase, none of which reads a head: ``speaker_heads.head_of_segment``
applies them, so they sit below it.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .groups import PARTITIVE_START
from .head_kinds import PLURAL_SOURCE_NOUNS
from .masking import ABBREVIATION_DOT
from .name_cleaning import (
    PERSON_TITLES,
    UPPER,
    is_person_title,
    name_pattern,
)
from .offices import holder_after_place, surname_title, title_of_office
from .organisation_names import (
    DETERMINERS,
    PLURAL_PERSON_NOUNS,
    organisation_name_length,
    organisation_of,
    organisation_role_name,
    organisation_with_and,
)
from .speech_lexicon import (
    GROUP_NOUNS,
    INTRO_WORDS,
    NOT_PAST_ED,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    SPEECH_NOUN_FORMS,
)

_CUT_SEGMENT = re.compile(
    r"\s(?:who|which|whose|at|of|from|for|with|in|on|to|during|after|before|about|by|under|as|and|"
    # "Striking teachers outside City Hall chanted", "The indictment against Ed Voss says"
    r"outside|inside|near|behind|across|against|"
    r"last|this|earlier|later|mockingly|also|then|again|"
    # "said Gardener afterwards", "said Ruiz ahead of the tie": when he said it, after the name
    r"afterwards|afterward|ahead\s+of)\s"
)


#: A capitalised word before a cut: the title whose "of" or "for" the cut may be.
_TITLE_OF = re.compile(rf"([{UPPER}][a-z]+)\s+$")
#: After a title's "for" or "to": a place (one or two capitalised words, "the" before it) and a
#: full name that ends the phrase ("Massachusetts Joshua Levy", "the UN Linda Marsh").
_PLACE_THEN_NAME = re.compile(rf"(?:the\s+)?(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,2}}[{UPPER}][\w’'-]+\s+[{UPPER}][\w’'-]+\s*")


#: Capitalised words (and the article before them) that end the phrase: a run a name may end.
_NAME_RUN_TO_END = re.compile(rf"(?:the\s+)?(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+)*[{UPPER}][\w’'-]+\s*")


#: A person noun and a participle right after it that opens the noun's modifier ("a lawyer
#: representing …", "an aide working for …", "residents living near …"; group 1 the noun). Also a
#: body's ("a group supporting Kell", "a super PAC backing her", "the committee investigating
#: him"): the body speaks, never the participle's object.
_PARTICIPLE_AFTER_PERSON = re.compile(r"\s([a-z]+|[A-Z]{2,5})\s+([a-z]{3,}ing)\s")
_MODIFIED_SPEAKERS = PERSON_NOUNS | PLURAL_PERSON_NOUNS | ORGANISATION_NOUNS
#: What opens the participle's object after a body's noun: a determiner, a name.
_OBJECT_OPENING = re.compile(r"\s*(?:the|a|an|his|her|their|its|[A-Z])")


#: Participles that name members or examples of what comes before ("critics including Sen. Ann
#: Roe", "groups featuring …"): the one named may be who speaks.
_EXAMPLE_PARTICIPLES = frozenset("including featuring excluding".split())


def _body_participle(participle: re.Match[str], seg: str) -> bool:
    """The -ing word after the noun opens a participle's phrase: always after a person's noun, and
    after a body's only with an object after it ("a group supporting Kell", not the compound "the
    court filing, submitted …" or "a party meeting"). Not after a plural of people ("critics
    including Sen. Ann Roe said": the senator, named as one of them, may be the speaker)."""
    noun = participle.group(1)
    if noun in PERSON_NOUNS or noun in PLURAL_PERSON_NOUNS:
        return True
    if noun.lower() not in ORGANISATION_NOUNS or participle.group(2) in _EXAMPLE_PARTICIPLES | SPEECH_NOUN_FORMS:
        return False  # (not "a coalition including Ann Roe": the body's named member may be the speaker)
    return _OBJECT_OPENING.match(seg, participle.end()) is not None


#: Compiled once: ``first_cut`` used to pass it to ``re.match`` as a string, which costs a lookup
#: in the module's pattern cache per call.
_THE_CAPITAL = re.compile(r"the [A-Z]")


def first_cut(seg: str) -> int:
    """Where a speaker phrase's head ends: at "who", "of", "at"... ("Chris Low at FTN"), but not
    at the "of" of a title ("Secretary of State Elaine Porter", "Speaker of the House Paul Rand",
    "Minister of Defence") nor inside a lower-case role written before the name ("master of
    ceremonies Asad Tabbal", "vice president for news and talk Dave Gorin")."""
    role_then_name = ROLE_THEN_NAME.search(seg) if " of " in seg or " for " in seg or " and " in seg else None
    if " and " in seg and organisation_with_and(seg.split()):
        return len(seg)  # "the Centers for Disease Control and Prevention": one name
    participle = _PARTICIPLE_AFTER_PERSON.search(seg)
    if participle is not None and participle.group(1).lower() in _MODIFIED_SPEAKERS and _body_participle(participle, seg):
        seg = seg[: participle.start(2) - 1]  # "a lawyer representing Ed Kline": the lawyer, not Kline
    named = organisation_name_length(seg.split())
    name_end = len(" ".join(seg.split()[:named])) + 1 if named else 0
    for cut in _CUT_SEGMENT.finditer(seg, 1):
        word = cut.group().strip()
        after = seg[cut.end() :]
        if cut.start() < name_end:
            continue  # "the Center for American Progress President Neera Tanden": inside the name
        if word == "in" and after[:2] in {"'t", "’t"}:
            continue  # "Sophie in 't Veld": the Dutch particle, inside the name (``name_cleaning``)
        if word == "of" and (after[:1].isupper() or _THE_CAPITAL.match(after)):
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and title.group(1).lower() in PERSON_TITLES | {"head", "chief"} and not surname_title((seg[: title.start()].split() or [""])[-1], title.group(1)):
                continue
        if word == "for" and (after[:1].isupper() or _THE_CAPITAL.match(after)) and given_name_gender(" ".join(after.split()[-2:])) is not None:
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and is_person_title(title.group(1)):
                # "U.S. Attorney for the District of Ohio Peter Malvern": the office's "for", a full
                # name (a given name we know) ending the phrase is its holder
                continue
        if word in {"for", "to"} and _PLACE_THEN_NAME.fullmatch(after):
            # "U.S. Attorney for Massachusetts Joshua Levy", "Ambassador to Brazil Omar Qadri": the
            # title's place, then its holder, not the title alone ("U.S. Attorney")
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and title.group(1).lower() in PERSON_TITLES:
                continue
        if word in {"of", "for", "to", "at"} and _NAME_RUN_TO_END.fullmatch(after) and holder_after_place(seg[: cut.end()], after.split()):
            continue  # "former ambassador to China Jorge Guajardo": the office's place, then its holder
        if (
            word in {"of", "for", "to", "on", "and"}
            and (after[:1].isupper() or _THE_CAPITAL.match(after))
            and title_of_office(seg[: cut.start()])
            and not (word == "and" and given_name_gender(" ".join(after.split()[:2])))
        ):
            continue  # "Chairman of the Joint Chiefs of Staff Joseph Dunford": the office's own "of"
        if word in {"of", "on", "for"} and organisation_role_name(seg.split()):
            continue  # "Bank of America CEO Brian Moynihan": the preposition is inside a name
        if word == "of" and organisation_of(seg[: cut.start()], after):
            continue  # "The Ministry of Health said": the organisation's whole name
        owned = _OWNER_THEN_NAME.fullmatch(after) if seg[1:2].isupper() else None
        if owned is not None and given_name_gender(owned.group(1)) is not None and given_name_gender(seg[: cut.start()].strip()) is None:
            # "War on Want's John Hilary": the preposition is inside the owner's name (no person's
            # before it), the person after the possessive the speaker
            continue
        if role_then_name is not None and cut.start() < role_then_name.start() and word in {"of", "for", "and"}:
            # not "legal director for the gay rights group Human Rights Campaign": a determiner
            # makes the words after the preposition its object, an organisation
            inside = seg[cut.end() : role_then_name.start()].split()
            role = seg[: cut.start()].split()[-1:]  # "… vice president for", "… Vice President for"
            if role and (role[0].islower() or is_person_title(role[0])) and not any(w in DETERMINERS for w in inside):
                continue
        return cut.start()
    return len(seg)


#: Capitals ending on a possessive, then a full name and nothing after it ("Want's John Hilary" of
#: "War on Want's John Hilary"; group 1 the name).
_OWNER_THEN_NAME = re.compile(rf"(?:the\s+)?(?:[{UPPER}][\w-]*\s+){{0,3}}[{UPPER}][\w-]*['’]s\s+((?:[{UPPER}][\w’'-]+\s+){{1,2}}[{UPPER}][\w’'-]+)\s*")


#: A name at the end of a phrase right after a lower-case noun ("… of ceremonies Asad Tabbal").
ROLE_THEN_NAME = re.compile(
    rf"\s(?!(?:the|a|an|of|for|and|at|in|on|to|by|with|from)\s)[a-z][a-z-]+\s+{name_pattern(1, 9)}\s*$"
)


#: A participle after the noun of a description ("one Republican involved in the planning",
#: "the official quoted by the paper"): the head ends before it.
POSTNOMINAL = re.compile(
    rf"(?<=[a-zA-Z])\s(?:{NOT_PAST_ED}[a-z]\w*ed|stuck|caught|left|held|born|seen|shown|hurt|kept|trapped)(?:\s+(?:in|with|by|on|at|to|for|about|from|outside|inside|near|behind|around|along|as|without|last|this|[A-Z][a-z]+day)\b|\s*$)"
)
#: An adjective after the noun of a description, with its object ("a source close to the talks",
#: "people familiar with the matter"): the head ends before it. The description is the noun (the
#: talks or the person it is close to never spoke), so a name after "close to" is no speaker.
POSTNOMINAL_ADJECTIVE = re.compile(
    r"(?<=[a-zA-Z])\s(?:close|familiar|closely\s+involved|privy|loyal|knowledgeable)(?:\s+(?:to|with|about|in)\s|\s*$)"
)
#: Words that end the object of ``POSTNOMINAL_ADJECTIVE`` (a clause or a time after it).
OBJECT_END = re.compile(r"\s(?:who|which|whose|during|after|before|last|this|earlier|later|also|then|again|as|and|by)\s")
ADJECTIVE_WORDS = {"close", "familiar", "closely", "privy", "loyal", "knowledgeable"}


#: A description that gives the name: "known (only) as Bob", "named Eric Kingson", "identified as X".
NAMED = re.compile(rf"^\s*(?:(?:A|An|One|Another)\s+)?(?:[a-z0-9][\w-]*\s+){{1,6}}(?:(?:known|identified)\s+(?:only\s+)?as|named)\s+({name_pattern(0, 3)})\s*$")


ISSUED_BY = re.compile(r"\s(?:from|by|(?:issued|released|published|filed|signed|written|sent) by)\s")
#: The participle of ``ISSUED_BY`` ending a document's head ("a complaint filed").
ISSUING_PARTICIPLE = re.compile(r"\s(?:issued|released|published|filed|signed|written|sent)$")


#: "one of those advisers", "two of the organizers", "one of Clinton's aides": someone of a named
#: group, shown as written (a bare "one of them" stays unnamed).
PARTITIVE = re.compile(rf"\s*{PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s*$", re.IGNORECASE)
#: A partitive with a word or a phrase of place after it ("one of the managers present", "one of the
#: nurses at the clinic"; group 1 the partitive, group 2 its noun phrase).
PARTITIVE_PLACED = re.compile(
    rf"\s*({PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*))\s+"
    r"(?:present|there|nearby|(?:in|at|inside|outside)\s+(?:the|a|an|that|this)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s*$",
    re.IGNORECASE,
)
#: A partitive and the phrase that says which of them ("one of the sources with ties to the White
#: House", "one of the officials familiar with the plan"; group 1 the partitive, group 2 its noun
#: phrase): the partitive is the head, its modifier no speaker ("the White House"). A modifier
#: holding a clause is no such phrase ("One of the best pieces of advice I've ever received is:").
PARTITIVE_MODIFIED = re.compile(
    rf"\s*({PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*))\s+"
    r"(?:with|from|of|on|for|in|at|close\s+to|familiar\s+with|briefed\s+on|involved\s+in)\s+"
    r"(?:(?!\b(?:is|was|are|were|be|been|I|we|you|he|she|they)\b)[^,;:()“”\"]){1,80}$",
    re.IGNORECASE,
)
#: Nouns a partitive may end on: people, groups, and bodies or documents in the plural.
PARTITIVE_HEADS = PERSON_NOUNS | GROUP_NOUNS | PLURAL_PERSON_NOUNS | PLURAL_SOURCE_NOUNS


#: A place or time adverb before a determiner opening a speaker phrase: '“…!” here the crowd
#: chanted', 'there the audience roared': the adverb is no part of the phrase.
ADVERB_BEFORE_DETERMINER = re.compile(
    r"^\s(?:[Hh]ere|[Tt]here|[Nn]ow|[Tt]hen|[Aa]gain|[Ll]ater|[Ff]inally|[Ss]uddenly|[Ss]oon)\s+(?=(?:the|a|an|his|her|their|its|some|many|one)\s)"
)


def without_adjectival_participles(words: list[str]) -> list[str]:
    """Lower-case words before a name without the -ed words that open a role and modify the noun
    after them ("retired surgeon", "the undecided voter"): those are adjectives; an -ed word right
    before the name ("praised Ben Carson") or after another word ("Trump praised former senator
    X") stays, as the verb it is."""
    function_words = DETERMINERS | INTRO_WORDS
    return [
        w
        for k, w in enumerate(words)
        if not (
            w.endswith("ed")
            and (k == 0 or words[k - 1].lower() in DETERMINERS)  # not "Trump praised former senator X"
            and k + 1 < len(words)
            and words[k + 1].lower() not in function_words
        )
    ]


def noun_after_determiner(seg: str, spoken: re.Match[str]) -> bool:
    """A speech-verb form right after the segment's determiner, in its -ing or bare form, is a
    noun ("The warning said: “…”", "the posting", "the warning letter"), not the verb that makes
    the segment a clause."""
    form = spoken.group().lower()
    before = seg[: spoken.start()].split()
    if len(before) == 2 and form.endswith("s") and form in SPEECH_NOUN_FORMS and not seg[spoken.end() :].strip():
        # "the explanatory notes", "the detailed reports": an adjective between the determiner and
        # the plural noun (not "the official notes": a person's noun there is the verb's subject)
        middle = before[1]
        return middle.islower() and middle not in PERSON_NOUNS and _ADJECTIVE_SUFFIX.search(middle) is not None
    after = seg[spoken.end() :].split()[:1]
    if len(before) == 1 and form in _ADJECTIVAL_SPEECH_FORMS and after and after[0].isalpha() and after[0].islower():
        return True  # "an alleged member of the ring", "the purported victim": an adjective, no verb
    return len(before) == 1 and (form.endswith("ing") or form in SPEECH_NOUN_FORMS)


#: Speech-verb participles that, between a determiner and a noun, are adjectives of hearsay.
_ADJECTIVAL_SPEECH_FORMS = frozenset({"alleged", "purported"})


#: Endings of adjectives before a plural noun of saying ("explanatory", "official", "detailed").
_ADJECTIVE_SUFFIX = re.compile(r"(?:ory|ary|al|ive|ed|ous|ic)$")
