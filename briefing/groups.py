"""Groups as speakers: "a group of protesters", "hundreds of supporters", "Republicans in
Congress", "some of the residents".

A group speaks as one (chants, letters, joint statements); its head is the plural noun of people,
not the place or the number in front of it.
"""

from __future__ import annotations

import re

from .masking import ABBREVIATION_DOT
from .mention import Mention
from .organisation_names import PLURAL_PERSON_NOUNS, STRIP
from .role_complements import split_role
from .speech_lexicon import (
    GROUP_NOUNS,
    HONORIFIC_GENDER,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .wordlists import is_common_word, is_demonym

#: "one of the", "some of her", "one of the ministry's", "one of Sen. Ann Weller's": the start of a
#: partitive phrase (an owner of up to three capitalised words, even where the pattern ignores case;
#: a title's dot may be masked).
PARTITIVE_START = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|most|a few|\d[\d,]*)\s+of\s+"
    r"(?:(?:the\s+[a-z][\w-]*|(?-i:(?:[A-Z][\w.\u2024-]*\s+){1,2}[A-Z][\w-]*))[’']s?|the|those|these|his|her|its|their|our|my|your|[A-Z][\w.-]*[’']s?)\s+"
)


_CROWD_OF = re.compile(
    r"\s*(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|(?:[Aa]\s+)?[Mm]ajority|"
    # "a group of parents", "a coalition of farmers": people gathered as one, a "they"
    r"(?:[Aa]n?\s+)?(?:small\s+|large\s+)?(?:group|coalition|band|handful|delegation|contingent)|(?:[\w-]+|\d+)\s+(?:percent|per\s+cent)|\d+%|"
    # "a lot of Republicans", "lots of parents", "a number of residents": never "a lot" alone
    r"(?:[Aa]\s+)?(?:lot|[Ll]ots|number|bunch))"
    r"\s+of\s+((?:[a-z][\w-]*\s+){0,2}(?:[a-z][\w-]*|Republicans|Democrats|Conservatives|Liberals))"
)


#: A group named by whom it stands with or against: "supporters of the mayor", "critics of the
#: plan", "dozens of opponents of the pipeline", "members of Congress". The noun alone
#: ("supporters") says nothing of which side spoke, so the phrase is shown whole (up to three
#: words after "of" and its determiner; nothing after them).
_GROUP_OF = re.compile(
    r"(?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|[Ss]ome|[Mm]any)\s+(?:of\s+)?)?"
    r"(?:[Ss]upporters|[Oo]pponents|[Cc]ritics|[Bb]ackers|[Aa]llies|[Ff]ans|[Mm]embers|[Rr]elatives|[Ff]riends|"
    r"[Ff]oes|[Dd]efenders|[Aa]dvocates|[Ff]ollowers|[Rr]esidents|[Ff]amilies)"
    rf"\s+of\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?((?:[\w’'.{ABBREVIATION_DOT}-]+\s+){{0,2}}[\w’'-]+)"
)


def group_of(seg: str) -> Mention | None:
    """The whole of ``seg`` as a group named by "supporters of …" (``_GROUP_OF``), when no word
    after "of" is a verb ("critics of the plan say" is no phrase)."""
    related = _GROUP_OF.fullmatch(seg.strip(STRIP))
    if related is None or any(first_verb(f" {w} ") or SPEECH_VERB.search(w) for w in related.group(1).split()):
        return None
    return Mention("description", related.group()[0].lower() + related.group()[1:])


#: One person named by the body or person whose role they hold: "the president of the local
#: union", "a member of the board", "the mother of the victim" (group 1 the person noun, group 2
#: the words after "of" and its determiner). Cut at "of", "the president" is a bare title the
#: text's "President Barack Obama" would claim; the complement says it is someone else, so the
#: phrase is shown whole (up to three words after "of"). An office's own complement, with no
#: determiner or in capitals ("secretary of state", "governor of Texas", "secretary of the Navy"),
#: is left to the title readers: its holder may well be the one the text named with the title.
_ROLE_OF = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s+"
    r"(?:[\w’'.-]+\s+){0,3}?([a-z][\w-]*)\s+of\s+(?:the|a|an|his|her|their|its|this|that)\s+"
    r"((?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*)"
)


def role_of(seg: str) -> Mention | None:
    """The whole of ``seg`` as one person named by "the president of …" (``role_complement``)."""
    phrase = seg.strip(STRIP)
    if _role_of_the(phrase) is None:
        return None
    return Mention("description", phrase[0].lower() + phrase[1:] if phrase.split()[0] in _CAPITAL_DETERMINERS else phrase)


def role_complement(description: str) -> tuple[str, frozenset[str]] | None:
    """A description of ``_ROLE_OF``'s shape split at its "of": the role ("the president") and
    the words of what it is the role of ({"local", "union"}), by which ``NameRegistry.resolve_title``
    tells the union's president from the "President Barack Obama" the text named before. None when
    the noun is no person's or a word after "of" is a verb or a pronoun ("the head of it")."""
    return _role_of_the(description) or split_role(description)  # or "his chief of staff", "a spokeswoman for the BBC"


def _role_of_the(description: str) -> tuple[str, frozenset[str]] | None:
    """``role_complement`` of the shape "the president of the local union" (``_ROLE_OF``)."""
    role = _ROLE_OF.fullmatch(description)
    if role is None or role.group(1) not in PERSON_NOUNS:
        return None
    after = role.group(2).split()
    if any(first_verb(f" {w} ") or SPEECH_VERB.search(w) or w.lower() in _OBJECT_PRONOUNS for w in after):
        return None
    return description[: role.end(1)], frozenset(w.lower() for w in after)


_OBJECT_PRONOUNS = frozenset("it them him her us me you this that these those".split())
_CAPITAL_DETERMINERS = frozenset("The A An".split())


def crowd_of(seg: str) -> Mention | None:
    """ "Hundreds of workers", "dozens of angry parents", "55 percent of voters" opening a phrase:
    a number of people of a kind, a group that speaks as one, shown whole (the count alone,
    "hundreds", says nothing of who they are). The group noun is one of the first three words
    after "of"."""
    crowd = _CROWD_OF.match(seg)
    if crowd is None:
        return None
    words = crowd.group(1).split()
    k = next((k for k, w in enumerate(words) if w.lower() in GROUP_NOUNS or w in PLURAL_PERSON_NOUNS), None)
    if k is None:
        return None
    phrase = f"{seg[: crowd.start(1)].strip()} {' '.join(words[: k + 1])}"
    return Mention("description", phrase[0].lower() + phrase[1:])


#: "Every Democrat on the panel", "Each senior senator": a quantifier over single people opening a phrase.
_EVERY_ONE = re.compile(r"\s*(?:[Ee]very|[Ee]ach)\s+\S")
#: Words that may not stand between "every" and its noun of people: determiners and nouns of time.
_NOT_MODIFIERS = frozenset("the a an his her their its our this that these those time day week month year night morning".split())
#: Prepositions a phrase of ``every_member`` may go on with after its noun ("on the panel", "of the board").
_PLACE_PREPOSITIONS = frozenset("on of in at from for with".split())


def _every_noun(words: list[str]) -> int:
    """The index of the noun of people among the first three words after "every" or "each"
    (the last of them, "every Republican senator"), -1 when there is none."""
    return max((k for k, w in enumerate(words[1:4], 1) if w.lower() in PERSON_NOUNS), default=-1)


def every_member(seg: str) -> Mention | None:
    """ "Every Democrat on the House Foreign Affairs Committee", "each Republican senator": all the
    people of a kind, one by one, who act together, as in signing one letter: a group the text
    calls "they" after ("Every Democrat on the panel signed the letter. “…,” they wrote"). The
    phrase up to ``seg``'s first verb, shown whole: the noun of people is one of the first three
    words after the quantifier, and a phrase of place may follow it ("on the panel"). None when
    ``seg`` has no verb."""
    phrase = seg.strip(STRIP)
    if _EVERY_ONE.match(phrase) is None:
        return None
    padded = f" {phrase} "
    verbs = [v.start() for v in (first_verb(padded), SPEECH_VERB.search(padded)) if v is not None]
    words = padded[: min(verbs, default=0)].split()
    noun = _every_noun(words)
    if noun < 0 or any(first_verb(f" {w} ") or SPEECH_VERB.fullmatch(w) or w.lower() in _NOT_MODIFIERS for w in words[1:noun]):
        return None  # not "Every time the senator speaks": a time, and a second noun phrase
    if len(words) > noun + 1 and (words[noun + 1] not in _PLACE_PREPOSITIONS or len(words) > noun + 9):
        return None  # "Every voter deserves a say": no verb we know ends the phrase
    text = " ".join(words)
    return Mention("description", text[0].lower() + text[1:])


def every_member_phrase(text: str) -> bool:
    """``text`` is a phrase ``every_member`` gives: a group, no one person."""
    return _EVERY_ONE.match(text) is not None and _every_noun(text.split()) > 0


def people_noun(word: str) -> bool:
    """A noun of people ("source", "sources", "aides", "people"): what "close to" or "familiar
    with" may describe as a speaker."""
    lower = word.lower()
    return lower in PERSON_NOUNS or lower in GROUP_NOUNS or lower.removesuffix("s") in PERSON_NOUNS - _IRREGULAR_SINGULARS or lower in {"person", "people", "insider", "insiders", "ally"}


#: Quantifiers over people opening a group's phrase ("some Clinton allies", "many protest leaders").
_QUANTIFIERS = frozenset("some many most several few other".split())
#: Plain verbs of saying, never a modifier between a quantifier and a group's noun ("some say").
_PLAIN_SAYING = frozenset("say said says tell told ask asked warn warned claim claimed".split())


def people_of(word: str) -> bool:
    """The people of a nation or a party in the plural, written with a capital ("Germans",
    "Americans", "Liberals", "Conservatives"): a group, never a one-word name."""
    return word[:1].isupper() and word.endswith("s") and (is_demonym(word[:-1]) or word[:-1].lower() in _PARTY_ADJECTIVES)


#: Words that may stand before a group noun in a speaker phrase ("some residents", "US officials",
#: "Both candidates": a pair, as "two candidates" is, where a capitalised "Both" opening the
#: sentence was read as a name's word and the pair as no one).
_GROUP_LEAD = {"some", "many", "most", "several", "two", "three", "four", "both", "senior", "local", "federal", "state", "other", "the"}


#: Common nouns and adjectives that name what a group works in or stands for ("Community leaders",
#: "Civil rights groups"), capitalised only when they open the sentence.
_GROUP_MODIFIERS = frozenset(
    """community civil human business industry religious faith labor labour opposition tribal city county town
    health security tech student parent tenant civic campaign rights trade farm church village neighborhood
    neighbourhood family consumer privacy advocacy environmental conservation""".split()
)


#: Adjectives of a party, written with a capital anywhere ("Republican tax writers", "senior
#: Labour MPs"), as demonyms are ("Iraqi security officials").
_PARTY_ADJECTIVES = frozenset("republican democratic conservative liberal labour socialist communist libertarian progressive".split())


def proper_adjective(word: str) -> bool:
    """A capitalised adjective of a party or a nation before a group's noun: part of the group's
    description, never its owner's name."""
    return word[:1].isupper() and (word.lower() in _PARTY_ADJECTIVES or is_demonym(word))


#: Endings of adjectives written with a capital only because they open a sentence ("Corporate",
#: "Senior", "Local"), unlike names ("Trump supporters").
ADJECTIVE_ENDINGS = ("al", "ate", "ior", "ic", "ous", "ive", "ern", "ary")


#: Plurals of person nouns that are more often things ("heads", "chairs", "speakers" as
#: loudspeakers) or a count of votes ("independents"): no group on their own.
_NOT_PEOPLE_PLURALS = frozenset({"heads", "chairs", "speakers", "anchors", "independents", "hosts", "guards", "generals", "principals", "chiefs", "deputys", "persons"})


#: Words before a plural person noun that make it a preposition's object or a clause's, not a group.
_NOT_GROUP_LEAD = frozenset("by of to from with for at in on about than as and or but like against among between".split())


#: Plurals of a stance or a faith that name people ("social conservatives", "white evangelicals",
#: "moderates"): a group as "voters" is, after an adjective too (only the capitalised plural of a
#: party's adjective was read as people: "Conservatives").
_STANCE_PLURALS = frozenset(
    f"{word}s" for word in _PARTY_ADJECTIVES | {"evangelical", "moderate", "populist", "nationalist", "centrist", "hardliner"}
)


#: Organisation nouns whose plural is mostly something else ("Ballot papers", "job posts",
#: "houses") or that name one outlet or a company's suffix, never a plural of bodies.
_NO_BODY_PLURAL = frozenset(
    """paper post house site outlet daily weekly times journal herald tribune gazette telegraph
    chronicle inquirer courier examiner globe energy holdings industries inc corp ltd llc plc""".split()
)


#: Nouns of a trade's firms or hands that no word list of ours holds ("cotton growers", "oil
#: exporters", "car dealers"): in the plural after a modifier, bodies as "cement makers" are.
_TRADE_NOUNS = frozenset(
    """grower exporter importer dealer builder supplier distributor wholesaler brewer refiner shipper
    processor carrier vendor""".split()
)


def _body_plural(word: str) -> bool:
    """The plural of an organisation's or a trade's noun ("companies", "unions", "newspapers",
    "cement makers", "insurers", "cotton growers"): bodies, or a trade's firms, speak as one body
    does ("progressive organizations say “…”")."""
    if not word.endswith("s") or word[:-1] in _NO_BODY_PLURAL:
        return False
    if word.endswith("ies"):
        return word[:-3] + "y" in ORGANISATION_NOUNS
    if word == "businesses":
        return True  # ("business" itself is too often no body: "the business of government")
    if word[:-1] in _TRADE_NOUNS:
        return True
    return word[:-1] in ORGANISATION_NOUNS or word.endswith(("ches", "shes", "sses", "xes")) and word[:-2] in ORGANISATION_NOUNS


def _person_plural(word: str) -> bool:
    """The plural of a person noun ("players", "passengers", "firefighters", "women"): a group of
    people as speaker, as the nouns of ``GROUP_NOUNS`` are."""
    return word in IRREGULAR_PERSON_PLURALS or word.endswith("s") and word[:-1] in PERSON_NOUNS - _IRREGULAR_SINGULARS and word not in _NOT_PEOPLE_PLURALS


#: Participles that describe the state of people rather than an act done to an object.
_STATE_PARTICIPLES = frozenset(
    """disabled retired unemployed elected armed masked injured wounded displaced striking protesting grieving
    frustrated concerned worried undocumented furloughed jailed detained uniformed unidentified unnamed
    veiled bereaved aggrieved embattled""".split()
)
#: Plurals of person nouns without an "s" of their own.
IRREGULAR_PERSON_PLURALS = frozenset({"women", "men", "children", "congressmen", "congresswomen", "businessmen", "businesswomen"})
#: Their singulars, whose form in -s is no plural but a surname ("Childs said", "Mans").
_IRREGULAR_SINGULARS = frozenset(re.sub(r"ren$", "", re.sub(r"men$", "man", p)) for p in IRREGULAR_PERSON_PLURALS)
#: A count before a group's noun ("12 women", "Twelve voters", "171"): no owner's name.
_COUNT = re.compile(r"\d[\d,]*|(?i:four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|dozens|hundreds)")


#: Lower-case nouns between an owner's name and the group ("Clinton campaign aides", "Obama
#: administration officials").
_OWNER_NOUNS = frozenset("campaign administration transition team camp family party".split())
#: Capitalised words that open a sentence or a phrase of time, never an owner's name.
_NOT_OWNERS = frozenset(
    """in on at after before when while as if for with from by to of but and or so yet then now also still
    my your our his her their its the a an
    yesterday today tonight meanwhile however earlier later last next this that these those such
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december many most some several other few all both""".split()
)


def _owner_then_group(lead: list[str]) -> bool:
    """The words before a group's noun name whose group it is: one to three capitalised words (a
    person's or a body's name), perhaps a noun of their organisation after them ("White House",
    "Clinton campaign", "Obama administration"). Shown as written: the group, not the owner."""
    names = [w for w in lead if w not in _OWNER_NOUNS]
    return (
        0 < len(names) <= 3
        and lead[0][:1].isupper()
        and all(w[:1].isupper() and w.lower() not in _NOT_OWNERS and not w.endswith(("'s", "’s")) for w in names)
        and all(w in _OWNER_NOUNS for w in lead[lead.index(names[-1]) + 1 :])
    )


#: Words that open a subordinate or relative clause, whose subject the noun after them is ("“…”,
#: where officials reported …", "because residents said"): never a modifier of a group's noun.
_SUBORDINATORS = frozenset("where whereas because though although unless until whether what how why who whom".split())
#: Words that open a clause or stand for one, never a modifier of a group's noun ("Where most
#: people would have said", "Perhaps young voters").
_CLAUSE_WORDS = _SUBORDINATORS | frozenset("perhaps maybe indeed even just only".split())


#: Determiners that open a second noun phrase inside a run of words ("a line his critics").
_SECOND_DETERMINERS = frozenset("a an the his her their its our my your".split())
#: Words a determiner may follow inside one noun phrase ("all the residents", "both their sons",
#: "a friend of the family", "a spokesman for the firm", "a report into the incident": any
#: preposition).
_BEFORE_DETERMINER = frozenset(
    "all both half of for at in on from with to and or by than into onto about over under against between among amid "
    "after before during like near behind across through toward towards within without inside outside around via per "
    "upon beyond despite since until off".split()
)


def two_noun_phrases(words: list[str]) -> bool:
    """A determiner after a noun with nothing to join them ("a line his critics", "the claim its
    critics"): the first noun phrase, then the subject of a relative clause about it whose "that"
    is left out ('“…”, a line his critics mock'): the speech verb is the clause's, and its subject
    does something to the words before (mocks, repeats), never says them first."""
    return any(
        w.lower() in _SECOND_DETERMINERS and words[k - 1].lower() not in _BEFORE_DETERMINER and words[k - 1].isalpha() and words[k - 1].islower()
        for k, w in enumerate(words[:-1])
        if k
    )


def plural_group(seg: str) -> Mention | None:
    """ "officials", "some residents", "US officials", "Police": a group of people as speaker."""
    words = seg.split()
    head = words[-1].lower() if words else ""
    # a stance's or bodies' plural only with words before it ("Social conservatives", "Cement
    # makers", "Six newspapers"): alone, "retailers" in a clause about them is no one who spoke
    modified = len(words) > 1 and (head in _STANCE_PLURALS or _body_plural(head))
    if not words or len(words) > 4 or not (head in GROUP_NOUNS or _person_plural(head) or people_of(words[-1]) or modified):
        return None
    lead = words[:-1]
    if lead and lead[-1].lower().rstrip("." + ABBREVIATION_DOT) in HONORIFIC_GENDER and words[-1][:1].isupper():
        return None  # "said Ms Deans", "Mr Sands": an honorific and a surname, one person
    if words[-1].lower() not in GROUP_NOUNS and any(w.lower() in _NOT_GROUP_LEAD for w in lead):
        return None  # "by reporters", "than players": a preposition's object, no subject
    if any(w.lower() in _SUBORDINATORS for w in lead):
        return None  # '“…”, where officials reported': a clause's subject, and the clause is not the quote's cue
    # "Corporate lobbyists"; "Striking teachers", "Retired nurses": a participle capitalised only
    # as the sentence's first word
    adjective = bool(lead) and lead[0].lower().endswith((*ADJECTIVE_ENDINGS, "ing", "ed"))
    # "Union leaders", "Party officials", "Community leaders": a common noun of a body or a field,
    # capitalised only as the sentence's first word (not a name: "Trump supporters")
    adjective = adjective or bool(lead) and (lead[0].lower() in ORGANISATION_NOUNS or lead[0].lower() in _GROUP_MODIFIERS)
    # "Patient advocacy groups", "Consumer rights groups": a word of the language, then lower-case
    # modifiers (not "Trump campaign aides", an owner and the noun of their organisation)
    adjective = adjective or (
        len(lead) > 1
        and is_common_word(lead[0])
        and lead[0].lower() not in _NOT_OWNERS | _CLAUSE_WORDS
        and not lead[0].lower().endswith("ly")
        and lead[1].islower()
        and lead[1] not in _OWNER_NOUNS
    )
    # a participle of a state opening the phrase is its adjective ("disabled protesters"), no verb
    # (not "hired lawyers": a verb and its object)
    verb_text = " ".join(words[1:]) if lead and lead[0] in _STATE_PARTICIPLES else seg
    if len(lead) == 2 and lead[0].lower() in _QUANTIFIERS and lead[1].islower() and lead[1] not in _PLAIN_SAYING:
        # "Some protest leaders", "many campaign aides": the word between the quantifier and the
        # group's noun modifies the noun ("some protest" is no clause before "leaders")
        verb_text = words[-1]
    if SPEECH_VERB.search(verb_text) or LEADING_VERB.search(" " + verb_text):
        return None
    if two_noun_phrases(words):
        return None  # '“…”, a line his critics mock': the critics mock the words, never say them
    if any(
        not (w.lower() in _GROUP_LEAD or w.isupper() or w.islower() or (k == 0 and adjective) or proper_adjective(w) or _COUNT.fullmatch(w))
        for k, w in enumerate(lead)
    ):
        # "White House officials", "Clinton campaign aides", "Sanders backers": someone's group,
        # shown as written (never the owner, who said nothing); so is "some Clinton allies"
        if _owner_then_group(lead):
            return Mention("description", seg)
        quantified = len(lead) > 1 and lead[0].lower() in _QUANTIFIERS and _owner_then_group(lead[1:])
        return Mention("description", seg[0].lower() + seg[1:]) if quantified else None
    # "House Republicans", "Senate Democrats": a capitalised head keeps the capital before it
    proper_head = len(words) > 1 and words[-1][:1].isupper() and words[0].lower() not in _GROUP_LEAD  # not "Several senior Democrats"
    # "Republican tax writers", "House Republican tax writers": a party's or a chamber's capital stays
    proper_head = proper_head or len(words) > 1 and (proper_adjective(words[0]) or words[0] in {"House", "Senate"})
    # "Germans", "Liberals": a nation's or a party's people keep their capital
    proper_head = proper_head or len(words) == 1 and people_of(words[0])
    # an acronym keeps its capitals, in the plural too ("MPs", "MEPs")
    text = seg[0].lower() + seg[1:] if not words[0].removesuffix("s").isupper() and not proper_head else seg
    return Mention("description", text)
