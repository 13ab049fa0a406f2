"""Which words of a run of capitals are a person's name: the name-cleaning half of attribution.

A speaker phrase read by ``speakers.py`` often holds more than the name: a title ("Senate
Minority Whip Dick Durbin"), a possessive owner ("CNN's Jake Tapper"), a sentence-start word
("But Trump"), a calendar word. The tables and functions here take a run of capitals apart and
keep the name, with its particles ("Rubén del Campo", "Bashar al-Assad"); they know nothing of
speech verbs or sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .masking import ABBREVIATION_DOT
from .sentences import TITLE_ABBREVIATIONS
from .speech_lexicon import PERSON_NOUNS

#: Words that open a run of capitals but are not part of a name (sentence starts, titles).
TITLE_WORDS = set(
    "mr mrs ms miss dr prof sen senator rep representative gov governor president vice prime minister "
    "secretary defence defense foreign finance interior justice health deputy chief executive general "
    "gen lt col colonel major maj captain capt sgt sergeant adm admiral judge attorney mayor ambassador "
    "chancellor king queen prince princess pope speaker leader chairman chairwoman chair director "
    "commissioner councillor councilor councilman councilwoman spokesman spokeswoman spokesperson ceo sir dame lord lady baroness rev reverend father sheikh "
    "democrat democratic republican former acting press national security adviser advisor nominee "
    "candidate coach officer police inspector detective economy trade labour labor education energy "
    "the a an but and or so yet in on at after before when while as if for with from by to of "
    "yesterday today meanwhile however earlier later last next according this that these those "
    "state he she it we they his her its their our my i you speaking asked still also now then here "
    "maybe perhaps ever even just only indeed shortly soon finally house pastor bishop archbishop "
    "cardinal rabbi imam deacon superintendent "
    # abbreviated ranks and offices ("Det. Sgt. Ian Mobley", "Amb. Carla Reyes", "Supt. Dan Ryle")
    "det supt insp cmdr brig cpl pvt spc amb atty pres "
    "there instead nobody everybody everyone someone all some many most none no not each every both "
    "few several other others would could should did does do is was are why how what where who "
    "which whose although though because unless whether once until".split()
)
#: Titles that only people carry, so a name after them is a person ("Senator Kirsten Gillibrand").
PERSON_TITLES = set(
    "mr mrs ms miss dr prof sen senator rep representative gov governor president minister secretary "
    "general gen lt col colonel captain judge attorney mayor ambassador chancellor king queen prince "
    "pope speaker chair chairman chairwoman chairperson director spokesman spokeswoman sir dame lord lady baroness rev "
    "councillor councilor councilman councilwoman host anchor reporter correspondent editor founder analyst economist strategist professor "
    "leader whip manager adviser advisor aide nominee candidate hopeful frontrunner counsel commissioner "
    "administrator treasurer sheriff officer chief pollster columnist commentator journalist pastor bishop "
    "archbishop cardinal rabbi imam deacon member councilmember ceo cfo coo cto executive fellow superintendent coach "
    "det supt insp cmdr brig cpl pvt spc amb atty pres "
    "sens reps govs drs messrs".split()  # plural abbreviations: "Sens. John McCain and Lindsey Graham"
)
#: Titles that also occur inside names ("Martin Luther King"), never cut through.
_NAME_WORDS = {"king", "queen", "prince", "princess", "lord", "lady", "baroness", "sir", "dame", "major"}
#: Titles that end before the name starts: built once, not per word tested.
_CUTTING_TITLES = frozenset(PERSON_TITLES - _NAME_WORDS)
_CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
#: Upper-case letters of Latin scripts (names like "Émile Zola", "Łukasz Kowalski").
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
#: Abbreviations a name may carry with its period: titles ("Sen.", "Lt.") and "Jr."; any other
#: short capitalised word before a period ("the Freedom of Information Act. But Trump …") ends
#: the run, since that period ends a sentence.
_NAME_ABBREVIATIONS = "|".join(sorted((a.capitalize() for a in TITLE_ABBREVIATIONS | {"jr", "sr"}), key=len, reverse=True))
NAME_TOKEN = (
    rf"(?:(?:[{UPPER}]\.){{2,}}|(?:{_NAME_ABBREVIATIONS}|[{UPPER}])\.(?=\s)|[{UPPER}][a-z]{{0,3}}{ABBREVIATION_DOT}(?=\s)"
    rf"|[{UPPER}][\w’'{ABBREVIATION_DOT}-]*)"
)
#: Lower-case particles that belong to a name ("Rubén del Campo", "Ursula von der Leyen",
#: "Jean-Luc de la Cruz", "Bashar al-Assad"): one table for reading names (``NAME_RUN``) and for
#: keying them (``people``).
PARTICLES = frozenset(
    "de del della der den des di da das dos du la le van von ten ter bin ibn bint al el st".split()
)
_PARTICLE_ALTERNATIVES = "|".join(sorted(PARTICLES, key=len, reverse=True))
#: A run of capitalised words, with up to two particles in a row between them and the hyphenated
#: Arabic article.
NAME_RUN = re.compile(  # the lookahead lets the scan skip lower-case text fast (2.4x over a corpus)
    rf"(?=[{UPPER}]){NAME_TOKEN}(?:[ \t]+(?:(?:{_PARTICLE_ALTERNATIVES})[ \t]+){{0,2}}(?:(?:al|el)-)?{NAME_TOKEN})*"
)
#: A number word or an age written before a name ("Fifty-one senators", "Seventeen-year-old Mia
#: Colter"): capitalised at a sentence start, never part of the name.
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|dozen|\d+)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:-(?:year|month|week)s?-old)?",
    re.IGNORECASE,
)
#: A negated auxiliary opening a question ("Don’t Republicans run the risk …"), never a name.
_NEGATED_AUXILIARY = re.compile(r"[A-Z][a-z]*n[’']t")
_POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")
POSSESSIVE = ("’s", "'s", "s’", "s'")
_AFTER_PARTICIPLE = set(
    "to on at in about with after before from for the a an his her their its during outside ahead "
    "alongside".split()
)


def bare(word: str) -> str:
    """Lower case without a final period: "Sen." and "Sen․" -> "sen"."""
    return word.lower().rstrip("." + ABBREVIATION_DOT)


def participle_intro(words: list[str]) -> bool:
    """ "Speaking to reporters, ..." opens with a participle; "Streeting said" opens with a name."""
    return (
        len(words) > 1
        and words[0].lower().endswith("ing")
        and words[1].lower() in _AFTER_PARTICIPLE
    )


def is_person_title(word: str) -> bool:
    """ "Minister", "Sen.", "Secretary-General", "Gov.-elect": a title that ends before the name starts."""
    parts = [bare(part) for part in word.split("-")]
    return any(p in _CUTTING_TITLES for p in parts)


#: An initial whose period masking protected: "A․" of "A. J. Brandt" is no article "A".
_INITIAL = re.compile(rf"[A-Z]{ABBREVIATION_DOT}")


@lru_cache(maxsize=4096)
def clean_name(run: str) -> str:
    """Drop possessives, sentence-start words and titles from a run of capitals (cached: the
    same runs recur all over an article)."""
    run = _POSSESSIVE_END.sub("", run.strip()).rstrip(".,")
    if run.endswith(ABBREVIATION_DOT) and not re.search(rf"(?:Jr|Sr){ABBREVIATION_DOT}$", run):
        run = run[:-1]
    words = run.split()
    owners = [k for k, w in enumerate(words[:-1]) if w.endswith(POSSESSIVE)]
    if owners:
        words = words[owners[-1] + 1 :]  # "CNN's Jake Tapper" -> Jake Tapper
    while len(words) > 1 and (
        (bare(words[0]) in TITLE_WORDS and not _INITIAL.fullmatch(words[0]))
        or participle_intro(words)
        or _NUMBER_WORD.fullmatch(words[0])
        or _NEGATED_AUXILIARY.fullmatch(words[0])
    ):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in PERSON_NOUNS:
        words = words[1:]  # "Farmer Jon Vik", "Economist Jane Roe": a role capitalised at a sentence start
    if len(words) == 1 and (bare(words[0]) in TITLE_WORDS or _NUMBER_WORD.fullmatch(words[0])):
        return ""
    if all(w.lower() in _CALENDAR for w in words):
        return ""
    cut = [k for k, w in enumerate(words[:-1]) if is_person_title(w)]
    if cut:
        words = words[cut[-1] + 1 :]  # "Committee Chairman Reince Priebus" -> Reince Priebus
    return " ".join(words)
