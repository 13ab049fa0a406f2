"""The speaker phrase after an inverted speech verb ("said Umerov, the minister", "said one
witness, Ahmed Karimi"): ``phrase_after`` and the patterns that end its phrase.

Split out of ``speakers``, which reads the phrase *before* a verb (``subject_before``): the
phrase after one is read on its own (where it ends, a participle or an organisation's name
cut at a comma, a name in apposition after a description), and ``speakers`` grew past what
one sitting reads. ``speakers`` imports the -ing role words (``_ROLE_PARTICIPLES``) from here;
nothing here imports ``speakers``.
"""

from __future__ import annotations

import re

from .coordinated_heads import bare_name, coordination
from .given_names import given_name_gender
from .head_kinds import can_speak
from .lexicon import STOPWORDS
from .mention import Mention
from .name_cleaning import NAME_TOKEN, PERSON_TITLES, clean_name, name_pattern
from .offices import holder_after_place
from .organisation_names import NAME_PREPOSITIONS, STRIP, organisation_name_length
from .speaker_heads import head_of_segment
from .speech_lexicon import DOCUMENT_NOUNS, PERSON_NOUNS
from .title_runs import TITLE_PREMODIFIERS, bare_title, role_words, title_run

#: -ing words that modify a role as adjectives ("ranking committee Democrat John Conyers",
#: "outgoing party chairman Ann Roe", "acting police chief Tom Kell"): a subject's first word, no
#: participle opening a phrase before it.
_ROLE_PARTICIPLES = frozenset(
    "ranking outgoing incoming acting sitting founding presiding governing leading managing visiting retiring "
    "reigning serving ruling dissenting".split()
)


#: After an inverted speaker: its appositive and a second speaker ('said Ann Roe, of Dayton, and
#: Ben Poe'; group 1: the second).
_AND_AFTER_APPOSITIVE = re.compile(r"\s*,(?:\s*[^,.;:!?“”\"·]{1,50},)?\s*and\s+([^,.;:!?“”\"·]+?)\s*(?=[,.;:!?·]|$)")


def phrase_after(text: str) -> Mention | None:
    """The speaker after an inverted verb ("said Umerov, the minister" -> Umerov); a description
    followed by a name in apposition gives the name ("said one witness, Ahmed Karimi"). A dash
    ends the speaker like a comma ("said Tara Lee — the first woman to lead the party —")."""
    # a preposition right after the verb opens no speaker: "proclaimed to a crowd"; a typed
    # dash " -- " sets off an appositive like "—" ("said his lawyer -- Ann Pike --")
    text = text.replace(" -- ", " — ")
    parts = _AFTER_SPEAKER.split(" " + _before_participle(text.strip()) + " ", maxsplit=2)
    if len(parts) > 2 and parts[1].strip() in NAME_PREPOSITIONS | {"in", "at", ","}:
        parts = _rejoin_organisation(parts)  # "said the Committee to Protect Journalists"
    if _POSSESSIVE_END.search(parts[0]) and " & " not in parts[0]:
        # 'Weller, in a statement, said Reyes’ “…”': the owner of the quote's subject, no sayer (not
        # a firm's name in "&" that ends on its possessive: 'said Ann Roe of Standard & Poor's')
        return None
    placed = _PLACE_RUN.match(parts[2]) if len(parts) > 2 and parts[1].strip() in {"to", "for", "of", "at"} else None
    if placed is not None and _AFTER_SPEAKER.match(parts[2], placed.end()) or placed is not None and not parts[2][placed.end() :].strip():
        held = holder_after_place(parts[0] + parts[1] + (placed.group(1) or ""), placed.group(2).split())
        if held:
            return Mention("name", held)  # "said former ambassador to China Jorge Guajardo": the office's holder
    mention = head_of_segment(parts[0])
    other = _AND_AFTER_APPOSITIVE.match("".join(parts[1:])) if mention is not None and len(parts) > 2 and parts[1] == "," else None
    if other is not None and mention is not None and mention.kind in {"name", "description"} and bare_name(other.group(1), read_head=head_of_segment):
        joint = coordination(f"{parts[0].strip()} and {other.group(1)}", read_head=head_of_segment)
        if joint is not None:
            return joint  # 'said Ann Roe, of Dayton, and Ben Poe, of Toledo': both
    titled = mention is not None and (mention.kind == "unnamed" and title_run(parts[0].split()) or bare_title(parts[0].split(), mention))
    bare_role = None
    if mention is None and len(parts) > 2 and parts[1] == "," and parts[0].split() and (parts[0].split()[0].islower() or _BODY_THEN_ROLE.fullmatch(parts[0].strip())):
        # 'said head coach of the women’s team, Dana Ruiz': a role without its determiner, the
        # person's name apposed after it (the role alone names no one); also after the body's
        # name ('said EEF chief economist, Steve Radley', 'said Barclays analyst, Ann Roe')
        bare_role = head_of_segment("the " + parts[0].strip())
        if bare_role is not None and (bare_role.kind != "description" or not can_speak(bare_role.text)):
            bare_role = None
    role_named = _NAME_SEGMENT.match(parts[2]) if bare_role is not None else None
    if role_named is not None:
        named = head_of_segment(role_named.group(1))
        return named if named is not None and named.kind == "name" else None
    if mention is not None and (mention.kind == "description" or titled) and len(parts) > 2 and parts[1] in _APPOSITION_MARKS:
        # also 'said Brightway Chief Buying & Design Officer and Deputy CEO, Ann Roe': one
        # person's coordinated titles, her name apposed after them
        if mention.text.split()[-1].lower() in DOCUMENT_NOUNS:
            return mention  # "According to the complaint, Kell “…”": a document has no name in apposition
        apposed = _NAME_SEGMENT.match(parts[2])
        if apposed is not None:
            named = head_of_segment(apposed.group(1))
            if named is not None and named.kind == "name":
                return named
        role_run = _ROLE_THEN_NAME_SEGMENT.match(parts[2]) if mention.kind == "description" else None
        role = role_run.group("role").split() if role_run is not None else []
        name = clean_name(role_run.group("run")) if role_run is not None and _plain_role(role) else ""
        if len(name.split()) > 1 and given_name_gender(name) is not None:
            # 'said his son, retired District Court Judge Tom Kell Jr.': the role set off after the
            # description, then the name it holds (the role alone names no one)
            return Mention("name", name)
    if mention is not None and mention.kind == "description" and len(parts) > 2 and parts[1].strip() in {"at", "in", "on"}:
        # "adds an economist at a big bank, Sara Lind.": the name apposed after the description's
        # own prepositional phrase, ending the clause, when a given name says it is a person's
        closing = _NAME_ENDING_CLAUSE.search("".join(parts[2:]).split(".")[0] + ".")
        named = head_of_segment(closing.group(1)) if closing is not None else None
        if named is not None and named.kind == "name" and given_name_gender(named.text) is not None:
            return named  # a person's given name: not "an analyst at the firm, Harlow Capital"
    return mention


#: A lower-case word in -ing right after a capitalised word or a noun of people, then the next word
#: ("said Roarke citing both …", "said the mayor standing beside …"; group 1 the word before, group
#: 2 the -ing word, group 3 the word after it, if any).
_ING_AFTER_WORD = re.compile(r"(?<![\w’'-])([\w’'.-]+)\s+([a-z]{2,}ing)(?![\w’'-])(?:\s+([\w’'-]+))?")
#: One or two lower-case words, then a capital: a role's nouns before a name (group 1).
_ROLE_BEFORE_NAME = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,2})[A-Z]")
#: Lower-case words in -ing that are nouns, never a participle opening its phrase ("said Ann Roe
#: Tuesday morning", "said Kell during").
_ING_NOUNS = frozenset(
    "during morning evening thing nothing something anything everything spring king wing ring string "
    "meeting briefing hearing building ceiling wedding offspring sibling polling".split()
)


def _before_participle(text: str) -> str:
    """``text`` up to a participle opening its own phrase right after the speaker's name or role
    noun, its comma left out ("said Roarke citing both Dunmore and Hale", "said Ann Roe standing
    beside the governor", "said the mayor adding …"): a name never goes on in lower case, so the
    -ing word ends it. Not a role's modifier ("said Acme managing director Ann Roe", "said Hong
    Kong shipping magnate Li Wei", "the ranking member"), nor a noun in -ing ("Tuesday morning")."""
    for found in _ING_AFTER_WORD.finditer(text):
        before, word, after = found.group(1), found.group(2), (found.group(3) or "").lower()
        if word in _ING_NOUNS or word in _ROLE_PARTICIPLES or after in PERSON_NOUNS or after.rstrip("s") in PERSON_NOUNS:
            continue
        role = _ROLE_BEFORE_NAME.match(text, found.end(2))
        if role is not None and not STOPWORDS.intersection(role.group(1).split()):
            continue  # "said Hong Kong shipping magnate Li Wei": nouns of a role, then its holder's name
        if before[:1].isupper() or before.lower() in PERSON_NOUNS:
            return text[: found.start(2)]
    return text


#: A run of capitals (with the article before it) opening the words after an office's preposition
#: ("the United Nations Nikki Haley", "China Jorge Guajardo"; group 2 the run).
_PLACE_RUN = re.compile(rf"(the\s+)?((?:{NAME_TOKEN}[ \t]+)+{NAME_TOKEN})")
#: A phrase ending on a possessive ("Reyes’", "the mayor's"): a determiner of what follows it.
_POSSESSIVE_END = re.compile(r"\w(?:['’]s?)\s*$")
#: A body's name (capitals, up to three words) and a lower-case role after it, no determiner:
#: "EEF chief economist", "Barclays analyst" (``phrase_after``'s role apposed to a name).
_BODY_THEN_ROLE = re.compile(r"(?:[A-Z][\w&.’'-]*\s+){1,3}[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}")
#: What ends the speaker phrase after an inverted verb (``phrase_after``).
_AFTER_SPEAKER = re.compile(
    r"([,.;:!?“”\"(—–]|(?<! close)(?<! privy)(?<! loyal)\s(?:in|on|at|to|during|after|before|when|while|because|who|whom|whose|which|"
    r"as(?<!known as)(?<!only as)(?<!identified as)|"  # not "the base chief known as Bob"
    r"released|published|obtained|issued|conducted|commissioned|"  # "a poll released Thursday"
    # 'said Cantwell adding that …': a participle of saying after the speaker, its comma left out
    r"adding|saying|noting|arguing|explaining|warning|insisting|stressing|telling|asking|pointing|acknowledging|referring)\s)"
)


def _rejoin_organisation(parts: list[str]) -> list[str]:
    """``parts`` of ``phrase_after`` split again after an organisation's name that the split cut
    at its preposition ("the Committee | to | Protect Journalists", "Citizens for Responsibility
    and Ethics | in | Washington"); as they were when no such name runs across the cut."""
    text = "".join(parts)
    spans = list(re.finditer(r"\S+", text))
    head = len(parts[0].split())
    listing = parts[1].strip() == ","
    if listing and parts[0].split()[:1] != ["the"]:
        # a list of fields after a comma only in a name that "the" opens ("said the American
        # Federation of State, County and Municipal Employees"): after a bare capital the comma
        # ends the speaker on the dev pages
        return parts
    for k in range(head if not listing else 1):
        length = organisation_name_length([m.group() for m in spans[k:]])
        if length > head - k:
            end = spans[k + length - 1].end()
            end -= len(spans[k + length - 1].group()) - len(spans[k + length - 1].group().rstrip(STRIP))
            rest = _AFTER_SPEAKER.split(text[end:], maxsplit=1)
            return [text[:end] + rest[0], *rest[1:]]
    return parts


#: ", Sara Lind." ending a clause: a full name set off by a comma (group 1).
_NAME_ENDING_CLAUSE = re.compile(rf",\s*({name_pattern(1, 3)})\s*[.;]\s*$")
#: A name in apposition after a description: ", Ahmed Karimi,", ", known only as Bob,", ", a
#: retired teacher named Ada Kim".
#: What sets a name in apposition after a description: "said his lawyer, Ann Pike," / "— Ann Pike —".
_APPOSITION_MARKS = frozenset({",", "—", "–"})
#: Lower-case role words, then a run of capitals ending on a name ("retired judge Tom Kell",
#: "retired District Court Judge Tom Kell Jr.") closing the piece (groups "role", "run").
_ROLE_THEN_NAME_SEGMENT = re.compile(r"\s*(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<run>(?:[A-Z][\w.’'-]*\s+){1,8}[A-Z][\w.’'-]*)\s*(?:[,;:!?]|\.?$|\.\s)")
#: The words a role before a name may end on: a person's noun, a title, or a premodifier of one
#: whose title is capitalised ("retired" of "retired District Court Judge …").
_ROLE_ENDS = PERSON_NOUNS | PERSON_TITLES | TITLE_PREMODIFIERS


def _plain_role(role: list[str]) -> bool:
    """``role`` (the lower-case words of ``_ROLE_THEN_NAME_SEGMENT``) is a role and nothing else:
    it ends on a person's noun, a title or a premodifier, holds no function word (a preposition
    makes it a phrase of its own: "with wife Ann Roe"), and is not a lone "then"."""
    return bool(role) and role != ["then"] and role[-1] in _ROLE_ENDS and not STOPWORDS.intersection(role) - TITLE_PREMODIFIERS and role_words(role)
_NAME_SEGMENT = re.compile(
    rf"\s*(?:(?:known|identified)\s+(?:only\s+)?as\s+|(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}})?named\s+)?"
    rf"({name_pattern(0, 3)})\s*(?:[,.;:!?]|$)"
)
