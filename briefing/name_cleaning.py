"""Which words of a run of capitals are a person's name: the name-cleaning half of attribution.

A speaker phrase read by ``speakers.py`` often holds more than the name: a title ("Senate
Minority Whip Dick Durbin"), a possessive owner ("CNN's Jake Tapper"), a sentence-start word
("But Trump"), a calendar word. The tables and functions here take a run of capitals apart and
keep the name, with its particles ("Rubén del Campo", "Bashar al-Assad"); they know nothing of
speech verbs or sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .given_names import given_name_gender
from .masking import ABBREVIATION_DOT
from .sentences import TITLE_ABBREVIATIONS
from .speech_lexicon import PERSON_NOUNS, SPEECH_NOUN_FORMS, SPEECH_VERBS
from .wordlists import (
    MONTH_ALTERNATION,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    is_common_word,
    is_country,
    is_state,
    person_of_place,
)

#: Words that open a run of capitals but are not part of a name (sentence starts, titles).
TITLE_WORDS = set(
    "mr mrs ms miss dr prof sen senator rep representative gov governor president vice prime minister "
    "secretary defence defense foreign finance interior justice health deputy chief executive general "
    "gen lt col colonel major maj captain capt sgt sergeant adm admiral judge attorney mayor ambassador "
    "chancellor king queen prince princess pope speaker leader chairman chairwoman chair director "
    "commissioner councillor councilor councilman councilwoman spokesman spokeswoman spokesperson ceo cfo coo cto cio cmo sir dame lord lady baroness rev reverend father sheikh "
    "democrat democratic republican former acting press national security adviser advisor nominee "
    "candidate coach officer police inspector detective economy trade labour labor education energy "
    "the a an but and or so yet in on at after before when while as if for with from by to of "
    "yesterday today meanwhile however earlier later last next according this that these those "
    # connectives that open a sentence without a comma ("Thus Hannan favours …", "Hence Weller said")
    "thus hence therefore moreover furthermore likewise nonetheless nevertheless accordingly "
    "state he she it we they his her its their our my i you speaking asked still also now then here "
    "maybe perhaps ever even just only indeed shortly soon finally house pastor bishop archbishop "
    "cardinal rabbi imam deacon superintendent "
    # abbreviated ranks and offices ("Det. Sgt. Ian Mobley", "Amb. Carla Reyes", "Supt. Dan Ryle")
    "det supt insp cmdr brig cpl pvt spc amb atty pres "
    # Canadian police and council titles ("Const. Jana Roy", "Cst. Ian Hale", "Coun. Tim Lee", "Ald. Ann Roe")
    "const cst coun ald "
    # Commonwealth styles ("Senator the Hon. Aubyn Hill", "the Rt. Hon. Ann Lowe", "the Honourable …")
    "hon honourable honorable rt "
    "there instead nobody everybody everyone someone all some many most none no not each every both any "
    "another either neither whatever whichever "
    "few several other others would could should did does do is was are why how what where who "
    "which whose although though because unless lest whether once until since whenever whereas despite amid during upon".split()
)
#: Titles that only people carry, so a name after them is a person ("Senator Kirsten Gillibrand").
PERSON_TITLES = set(
    "mr mrs ms miss dr prof sen senator rep representative gov governor president minister secretary "
    "general gen lt col colonel captain judge attorney mayor ambassador chancellor king queen prince "
    "pope speaker chair chairman chairwoman chairperson director spokesman spokeswoman sir dame lord lady baroness rev "
    "councillor councilor councilman councilwoman host anchor reporter correspondent editor founder analyst economist strategist professor "
    "leader whip manager adviser advisor aide nominee candidate hopeful frontrunner counsel commissioner "
    "administrator treasurer sheriff officer chief pollster columnist commentator journalist pastor bishop "
    "archbishop cardinal rabbi imam deacon member councilmember ceo cfo coo cto cio cmo executive fellow superintendent coach "
    "det supt insp cmdr brig cpl pvt spc amb atty pres ayatollah const cst coun ald hon honourable honorable rt "
    # ranks and offices that end before the name ("Detective Senior Sergeant Tim Ward", "Rear
    # Admiral Dan Hale", "Taoiseach Leo Varadkar")
    "sergeant admiral lieutenant commander brigadier corporal constable taoiseach tanaiste tánaiste "
    "mp mps mep meps msp mla mpp mhk "  # members of parliaments ("Labour MP Tom Watson", "MPP Ann Roe")
    "sens reps govs drs messrs".split()  # plural abbreviations: "Sens. John McCain and Lindsey Graham"
)
#: Titles that also occur inside names ("Martin Luther King"), never cut through.
_NAME_WORDS = {"king", "queen", "prince", "princess", "lord", "lady", "baroness", "sir", "dame", "major"}
#: Titles that are also frequent surnames ("Steve King", "Erik Prince", "John Major"): alone
#: ("King said", "According to Prince") the word is kept, a name only where the article also
#: writes it after a given name (``NameRegistry.is_proper_name``); "King Charles" is still Charles.
SURNAME_TITLES = frozenset({"King", "Prince", "Lord", "Major", "Bishop", "Judge", "Pope", "Chancellor", "Deacon", "Pastor"})
#: A determiner before one of those words makes it the title ("the Bishop", "our King"), never
#: the surname of someone the text named in full ("Rep. Rob Bishop").
_OWNING_DETERMINERS = frozenset("the a an our his her their its".split())
#: Title words that name a party when they stand alone ("Labour said", "Labor's leader"), though
#: they open a minister's title before a name ("Labour Secretary Ann Roe").
PARTY_TITLES = frozenset({"Labour", "Labor"})
#: A name word used as a title after a word that makes it one: "Crown Prince Mohammed bin Salman",
#: "Saudi Crown Prince …", "Grand Duke …" (plain "Prince", "King" may open a name: "Prince Fielder").
_ROYAL_TITLE = re.compile(r"(?:Crown|Grand)\s+(?:Prince|Princess|Duke|Duchess)")
#: Titles that end before the name starts: built once, not per word tested.
_CUTTING_TITLES = frozenset(PERSON_TITLES - _NAME_WORDS)
_CALENDAR = {word.lower() for word in (*WEEKDAY_NAMES, *MONTH_NAMES)}
#: Months no one is named after (unlike "April Ryan", "May", "June Carter", "August Wilson"): at
#: the head of a run of capitals, a date run into the name after it.
#: A member of a parliament in letters ("MP", "MEP"), written after what places the member ("Tory
#: MP", "Labour MEP") or after the name ("Diane Abbott MP"): a role, no part of anyone's name (the
#: plural, "Women MPs", names a group that speaks).
MEMBER_LETTERS = frozenset("MP MEP MSP MLA MPP".split())
#: Words that place a member before the letters and are no given name: parties and nations ("Lib
#: Dem MP", "Scottish Labour MSP", "North Wales MP").
_MEMBER_PLACERS = frozenset(
    "tory labour lib liberal conservative green snp plaid ukip unionist independent scottish welsh irish ulster "
    "backbench north south east west central greater".split()
)
_DATE_ONLY_MONTHS = frozenset("January February March July September October November December".split())
#: Months that are given names too ("April Ryan", "June Carter").
_NAME_MONTHS = frozenset("April May June August".split())
#: Weekdays, which end no one's name ("said Jane Roe Friday").
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: Words that make a weekday part of a feast's name: "Black Friday", "Super Tuesday".
_FEAST_WORDS = frozenset("Black Good Super Cyber Ash Holy Easter Palm Giving".split())
#: Upper-case letters of Latin scripts (names like "Émile Zola", "Łukasz Kowalski").
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
#: A name of one to three capitalised words ("Kell", "Ann Roe", "Mary Ann Roe") as a clause's
#: subject right before its verb: a pattern to build on.
SHORT_NAME = rf"[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{0,2}}"
#: Two first names sharing the surname after them ("David and Jeanne Heidler", "Bill and Melinda
#: Gates"; groups: the first names, a middle initial, the surname): the first name alone is
#: nobody's name, and the pair is two people, each of them "first name + surname".
SHARED_SURNAME_COUPLE = re.compile(rf"([{UPPER}][a-z]+) and ([{UPPER}][a-z]+)(?: ([{UPPER}]\.))? ([{UPPER}][\w’'-]+)")
#: Abbreviations a name may carry with its period: titles ("Sen.", "Lt.") and "Jr."; any other
#: short capitalised word before a period ("the Freedom of Information Act. But Trump …") ends
#: the run, since that period ends a sentence.
_NAME_ABBREVIATIONS = "|".join(sorted((a.capitalize() for a in TITLE_ABBREVIATIONS | {"jr", "sr"}), key=len, reverse=True))
NAME_TOKEN = (
    rf"(?:(?:[{UPPER}]\.){{2,}}|(?:{_NAME_ABBREVIATIONS}|[{UPPER}])\.(?=\s)|[{UPPER}][a-z]{{0,3}}{ABBREVIATION_DOT}(?=\s)"
    # an "&" between capitals is inside the word ("AT&T", "S&P", "Texas A&M"), never its end
    rf"|[{UPPER}][\w’'{ABBREVIATION_DOT}-]*(?:&[{UPPER}][\w’'{ABBREVIATION_DOT}-]*)*)"
)
#: Lower-case particles that belong to a name ("Rubén del Campo", "Ursula von der Leyen",
#: "Jean-Luc de la Cruz", "Bashar al-Assad"): one table for reading names (``NAME_RUN``) and for
#: keying them (``people``).
PARTICLES = frozenset(
    "de del della der den des di da das dos du la las le los van von ten ter bin ibn bint al el st".split()
)
#: The Dutch "'t" (an elided "het", "the") after "in", "van" or alone: "Sophie in 't Veld", "Anna
#: van 't Hof", "Gerard 't Hooft". Read only between two capitalised words of a run, like the
#: particles (an English "in" is no particle anywhere else).
_ELIDED_T = r"in[ \t]+['’]t|['’]t"
#: The elided "'t" as a word of a split name.
ELIDED_T = frozenset({"'t", "’t"})


def particle_at(words: list[str], k: int) -> bool:
    """``words[k]`` is a lower-case particle of a name: one of ``PARTICLES``, the Dutch "'t", or
    the "in" of "in 't" ("Sophie in 't Veld"; an "in" alone is no particle)."""
    word = words[k]
    return word in PARTICLES or word in ELIDED_T or word == "in" and k + 1 < len(words) and words[k + 1] in ELIDED_T


_PARTICLE_ALTERNATIVES = "|".join([_ELIDED_T, *sorted(PARTICLES, key=len, reverse=True)])


#: A Scots or Irish "Mc" surname in lower case ("mccarthy", "mcconnell").
_MC = re.compile(r"mc[^\W\d_]{2}")


def capitalised_name_word(word: str) -> str:
    """A name's word written in capitals or lower case as a name writes it: a capital, then lower
    case ("MECKLER" -> "Meckler"), and a capital after "Mc" ("MCCARTHY" -> "McCarthy"); not after
    "Mac", which is written both ways ("Macdonald", "MacDonald")."""
    low = word.lower()
    if _MC.match(low):
        return "Mc" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


def name_length(words: list[str]) -> int:
    """How many words of a name count towards its length: its lower-case particles do not, so
    "Juan Carlos de la Cruz" and "Tamim bin Hamad Al Thani" are names of four words, like
    "Martin Luther King Jr.", not runs too long to be one person's name."""
    return sum(1 for w in words if w not in PARTICLES)


#: What may join the words of a name: spaces, up to two particles, the hyphenated Arabic article
#: ("Juan Carlos de la Cruz", "Abdel Fattah el-Sisi").
_NAME_GAP = rf"[ \t]+(?:(?:{_PARTICLE_ALTERNATIVES})[ \t]+){{0,2}}(?:(?:al|el)-)?"


def name_pattern(least: int, most: int) -> str:
    """A regex of a name of ``least`` to ``most`` more words after its first, with its particles
    ("Ursula von der Leyen" is a name of two words more), for the rules that read a name set off
    in a clause (", Mohammed bin Salman.")."""
    return rf"{NAME_TOKEN}(?:{_NAME_GAP}{NAME_TOKEN}){{{least},{most}}}"


#: Words of time before a date ("in", "since", "last", …), as lookbehinds of fixed width.
_TIME_WORD_BEFORE = (
    r"(?<=\b[Bb]y )|(?<=[Ss]ince )|(?<=[Uu]ntil )|(?<=\b[Tt]ill )|(?<=[Ll]ast )|(?<=[Ee]arly )"
    r"|(?<=\b[Ll]ate )|(?<=[Dd]uring )|(?<=\b[Nn]ext )|(?<=\b[Tt]his )"
)
#: A month or a weekday that is a date, not a given name, before a capitalised word: a month
#: after a word of time or a day's number ("In September Kim described …", "after the vote in May
#: Trump tweeted", "since June Park has …", "On 12 May Brady said"), a weekday after "on" or a
#: word of time ("On Monday Brady said", "by Friday Pell had …"), where "April Ryan", "June
#: Carter" or "Tuesday Weld" never stands. A run of capitals neither opens nor goes on with it,
#: so the name after it is read alone: a guard to put before each capitalised word of a pattern
#: that reads such runs.
DATE_MONTH = (
    rf"(?!(?=(?:{MONTH_ALTERNATION})[ \t]+[{UPPER}])"
    rf"(?:(?<=\b[Ii]n )|(?<=\b[Mm]id-)|(?<=\b\d )|(?<=\b\d\d )|{_TIME_WORD_BEFORE}))"  # the month first: most words fail it at once
    rf"(?!(?=(?:{'|'.join(WEEKDAY_NAMES)})[ \t]+[{UPPER}])(?:(?<=\b[Oo]n )|(?<=\b[Ee]very )|(?<=\b[Ff]rom )|{_TIME_WORD_BEFORE}))"
)
#: A weekday after a name is the day it happened ("said Jane Roe Friday", "the National
#: Association of Broadcasters Friday called"), never the name's last word; only a feast's name
#: ("Black Friday", "Super Tuesday") ends on one. A guard before each word a run goes on with.
WEEKDAY_AFTER_NAME = rf"(?!(?=(?:{'|'.join(WEEKDAY_NAMES)})\b)" + "".join(f"(?<!{word} )" for word in sorted(_FEAST_WORDS)) + ")"
#: A run of capitalised words, with up to two particles in a row between them and the hyphenated
#: Arabic article; neither a month that is a date nor a weekday after it.
NAME_RUN = re.compile(  # the lookahead lets the scan skip lower-case text fast (2.4x over a corpus)
    # not a letter alone glued to a number or a ticker ("3G", "XOM.N"): no name, unlike Bond's "Q"
    # nor a word's capital after its lower-case start ("eBay", "iPhone": no "Bay", no "Phone")
    rf"(?=[{UPPER}])(?<![a-z])(?!(?<=[\d.])[{UPPER}](?![\w’'.-])){DATE_MONTH}{NAME_TOKEN}"
    rf"(?:[ \t]+(?:(?:{_PARTICLE_ALTERNATIVES})[ \t]+){{0,2}}(?:(?:al|el)-)?{DATE_MONTH}{WEEKDAY_AFTER_NAME}{NAME_TOKEN})*"
)
#: A number word or an age written before a name ("Fifty-one senators", "Seventeen-year-old Mia
#: Colter"): capitalised at a sentence start, never part of the name.
#: Ordinals, which alone name no one ("Third generation mobiles …": a sentence's first word).
_ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|dozen|\d+)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:-(?:year|month|week)s?-old)?",
    re.IGNORECASE,
)
#: The ending of a noun of a doer ("Vendor", "Boxer", "Florist", "Comedian").
_AGENT_ENDING = re.compile(r"[a-z](?:er|or|ist|ian)$")
#: A negated auxiliary opening a question ("Don’t Republicans run the risk …"), never a name.
_NEGATED_AUXILIARY = re.compile(r"[A-Z][a-z]*n[’']t")
_POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")
#: Letters written after a British name: a seat ("MP", "MSP", "MEP", "AM"), a silk ("QC", "KC") or an
#: honour ("OBE"); the name is the words before them ("Tom Kell MSP" is Tom Kell).
_POSTNOMINALS = frozenset("MP MSP MEP MLA QC KC OBE MBE CBE".split())
#: "Jr" or "Sr" ending a name: its period is the abbreviation's, even where it ends the sentence.
_SUFFIX_END = re.compile(r"\s(?:Jr|Sr)$")
POSSESSIVE = ("’s", "'s", "s’", "s'")
_AFTER_PARTICIPLE = set(
    "to on at in about with after before from for the a an his her their its during outside ahead "
    "alongside".split()
)


def place_length(words: list[str]) -> int:
    """How many of ``words``' first words are a US state, a Canadian province or a country ("New
    Mexico Gov. …", "Ohio Republican …"); 0 when they are none."""
    if len(words) > 2 and (is_state(" ".join(words[:2])) or is_country(" ".join(words[:2]))):
        return 2
    return 1 if is_state(words[0]) or is_country(words[0]) else 0


def bare(word: str) -> str:
    """Lower case without a final period: "Sen." and "Sen․" -> "sen"."""
    return word.lower().rstrip("." + ABBREVIATION_DOT)


def _fronted_speech_verb(word: str) -> bool:
    """A speech verb in the past ("Added", "Said", "Wrote") or "Says" opening a run of capitals:
    English fronts it before its speaker ("Added Dale Brenner, a spokesman, “…”", "Says Donald,
    “…”"), and no given name is one (a base form may be: "Chase", "Grant"), nor a noun ("Reports",
    "Claims")."""
    low = word.lower()
    return low in SPEECH_VERBS and low not in SPEECH_NOUN_FORMS and (low.endswith("ed") or low in {"said", "says", "wrote", "told"})


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


#: A word in capitals, maybe possessive ("UNDERARM", "AUSTRALIA'S").
_SHOUTED = re.compile(r"[A-Z][A-Z’'-]*[A-Z]S?")
#: Capitalised conjunctions and adverbs that open a sentence and are never inside a name.
_CLAUSE_OPENING_CAPITALS = frozenset("But When According However Although While Because Meanwhile Whereas Though Unless".split())


#: Companies whose name opens on the rank "General" ("General Motors said"): the firm, never a
#: general called Motors.
_GENERAL_FIRMS = frozenset("Motors Electric Dynamics Mills Atomics".split())

#: Words that name a government department before its country's name ("Health Canada",
#: "Justice Canada", "Statistics Canada", "Environment Canada"): the run is the department's name.
_DEPARTMENT_WORDS = frozenset(
    "Health Justice Finance Defence Defense Environment Statistics Elections Parks Transport Immigration Agriculture".split()
)


#: Platforms and picture agencies that end a photo credit ("Ann Roe/Instagram"), glued to the
#: next words when the credit's line break is lost: never the first word of a name.
_PLATFORM_CREDITS = frozenset("instagram twitter facebook tiktok youtube snapchat linkedin getty shutterstock".split())

#: An online handle a text names its poster by ("acebush1", "@riverwatch"): lower case with a
#: digit, or an at sign; a speaker as a name is.
ONLINE_HANDLE = re.compile(r"@?[a-z][a-z_]*\d[a-z0-9_]*|@[A-Za-z][A-Za-z0-9_]{2,}")


#: The word that ends a newspaper's name after a first word ("Daily Mail", "Washington Post").
_NEWSPAPER_WORDS = frozenset(
    "Mail Post Times Telegraph Guardian Herald Express Mirror Journal Tribune Chronicle Gazette Independent Observer".split()
)


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: "D.C." after the city's name, which a sentence may end on ("Washington D.C."), its dots masked or not.
_CAPITAL_DISTRICT = re.compile(rf"D[.{ABBREVIATION_DOT}]C[.{ABBREVIATION_DOT}]")
#: A run ending on a word of dotted initials ("U.S.", "the U․N․", masked or not).
_INITIALS_END = re.compile(rf"(?<![\w.{ABBREVIATION_DOT}])(?:[A-Z][.{ABBREVIATION_DOT}]){{2,}}$")


def _people_of_place(word: str) -> bool:
    """``word`` is people of a place in the plural ("Americans", "Britons", "Frenchmen"): a group
    a list of names is apposed to, never a part of a name."""
    return word[:1].isupper() and (word.endswith("s") and person_of_place(word[:-1]) or word.endswith("men") and person_of_place(word))


#: A plural of people in the possessive inside a name, never an owner before it ("People’s Daily",
#: "Women’s March", "Children’s Hospital", "Veterans’ Affairs").
_PLURAL_OWNER_IN_NAME = re.compile(r"(?:People|Women|Men|Children|Workers|Veterans|Citizens|Farmers)(?:[’']s?)")


def _common_plural_owner(word: str) -> bool:
    """A plural of people in the possessive ("Lawyers'", "Nurses’"): inside a body's name
    ("Lawyers' Christian Fellowship"), never a person owning the name after it (not "Fox News’
    Sean Hannity", whose owner is no noun of people)."""
    return word[-2:] in {"s'", "s’"} and word[:1].isupper() and word[:-2].lower() in PERSON_NOUNS


#: A pronoun and its contracted verb ("I’m", "You’ve", "We’re", "They’ll"): a clause's subject run
#: into a run of capitals, never a name nor part of one.
_PRONOUN_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It)[’'](?:m|ve|re|ll|d|s)")


@lru_cache(maxsize=4096)
def clean_name(run: str) -> str:
    """Drop possessives, sentence-start words and titles from a run of capitals (cached: the
    same runs recur all over an article)."""
    run = _POSSESSIVE_END.sub("", run.strip())
    if _INITIALS_END.search(run.rstrip(",")):
        run = run.rstrip(",")  # "U.S.", "U.N.": the last initial keeps its dot ("U.S" is no word)
    else:
        trimmed = run.rstrip(".,")
        run = trimmed + "." if _SUFFIX_END.search(trimmed) and run[len(trimmed) :].startswith(".") else trimmed  # "King Jr."
        if run.endswith(ABBREVIATION_DOT) and not re.search(rf"(?:Jr|Sr){ABBREVIATION_DOT}$", run):
            run = run[:-1]
    words = run.split()
    # (a contraction has an apostrophe; most runs have none)
    contracted = [k for k, w in enumerate(words) if _PRONOUN_CONTRACTION.fullmatch(w)] if "’" in run or "'" in run else []
    if contracted:
        words = words[contracted[-1] + 1 :]  # "I’m Ann Weller" -> Ann Weller; "Anyway I’m", "You’ve": no one
        if not words:
            return ""
    owners = [k for k, w in enumerate(words[:-1]) if w.endswith(POSSESSIVE) and _PLURAL_OWNER_IN_NAME.fullmatch(w) is None and not _common_plural_owner(w)]
    if owners:
        words = words[owners[-1] + 1 :]  # "CNN's Jake Tapper" -> Jake Tapper
    shouted = 0
    while shouted + 1 < len(words) and _SHOUTED.fullmatch(words[shouted]) and not _SHOUTED.fullmatch(words[-1]):
        shouted += 1
    if shouted > 1:
        # a crosshead in capitals run into the sentence after it: "AUSTRALIA'S UNDERARM BALL
        # Benaud was renowned …" is Benaud (one capitalised word may be an acronym: "NASA")
        words = words[shouted:]
    opener = next(
        (k for k, w in enumerate(words) if k and w in _CLAUSE_OPENING_CAPITALS and (k + 1 < len(words) or w == "According")),
        None,
    )  # not a surname that ends the run ("Ada While"), but "According" always has "to" after it
    if opener is not None:
        # a sentence run into the one before it, its full stop lost (a caption glued to the text):
        # "… against New Zealand But Hale made clear" is Hale, "the Arizona DPS According to" the DPS
        words = words[opener + 1 :] if opener + 1 < len(words) else words[:opener]
    people = next((k for k, w in enumerate(words[:-2]) if _people_of_place(w) and given_name_gender(" ".join(words[k + 1 :])) is not None), None) if len(words) > 2 else None
    if people is not None:
        words = words[people + 1 :]  # "Top-seeded Americans Andy Roddick and …": the pair's nationality, then a name
    glued = next((k for k, w in enumerate(words[:-1]) if k and _CAPITAL_DISTRICT.fullmatch(w)), None) if len(words) > 2 else None
    if glued is not None:
        # "… to Florida and Washington D.C. Downing called …": the abbreviation's dot is the
        # sentence's full stop too, so the place ends one sentence and the name opens the next
        words = words[glued + 1 :]
    if len(words) >= 3 and _ACRONYM.fullmatch(words[0]) and given_name_gender(" ".join(words[1:])) is not None:
        words = words[1:]  # "Speaking to the BBC Ann Lind said": a broadcaster's acronym run into her name
    while len(words) > 1 and words[0].lower() in _PLATFORM_CREDITS:
        words = words[1:]  # "Mina Hawk/Instagram Mina Hawk …": a photo credit's platform run into the name after it
    if len(words) == 2 and words[0] == "General" and words[1] in _GENERAL_FIRMS:
        return " ".join(words)  # "General Motors", "General Mills": a company, not a rank and a surname
    if len(words) == 2 and words[0] in _DEPARTMENT_WORDS and is_country(words[1]):
        return " ".join(words)  # "Health Canada", "Statistics Canada": a department, not the country
    place = place_length(words)
    if place and len(words) > place + 1 and (
        bare(words[place]) in TITLE_WORDS or given_name_gender(f"{words[0]} X") is None and given_name_gender(" ".join(words[place:])) is not None
    ):
        # "Ohio Republican Tom Kell", "Texas Sen. Ann Lind", "Iowa Ann Roe": the place her title or
        # her party belongs to (a place that is also a given name needs the title: "Georgia Ames")
        words = words[place:]
    if len(words) > 1 and _fronted_speech_verb(words[0]):
        words = words[1:]  # "Added Dale Brenner, a spokesman, “…”", "Said one …": the verb put before its speaker
    dropped = ""
    while len(words) > 1 and (
        (bare(words[0]) in TITLE_WORDS and not _INITIAL.fullmatch(words[0]))
        # "Senate Republican John Cornyn", "Ranking Democrat Jerrold Nadler": a chamber or a rank
        # before a title word, no part of the name
        or (words[0] in {"Senate", "Ranking"} and len(words) > 3 and bare(words[1]) in TITLE_WORDS)
        or participle_intro(words)
        or _NUMBER_WORD.fullmatch(words[0])
        or _NEGATED_AUXILIARY.fullmatch(words[0])
    ):
        dropped, words = words[0], words[1:]
    if len(words) == 1 and words[0] in SURNAME_TITLES and dropped.lower() in _OWNING_DETERMINERS:
        return ""  # "the Bishop said", "our King": the title's holder, never the surname "Rob Bishop" bears
    if len(words) > 2 and words[0].lower() in PERSON_NOUNS:
        words = words[1:]  # "Farmer Jon Vik", "Economist Jane Roe": a role capitalised at a sentence start
    elif len(words) > 2 and is_common_word(words[0]) and not given_name_gender(f"{words[0]} X") and bare(words[1]) not in TITLE_WORDS | _NAME_WORDS and (
        given_name_gender(" ".join(words[1:]))
        or len(words) == 3 and _AGENT_ENDING.search(words[0]) and not any(is_common_word(w) for w in words[1:])
    ):
        # "Vendor Glenn Jones", "Boxer Vijender Singh": a common noun of a person capitalised at a
        # sentence start, before a given name we know or before two words that are no common words
        words = words[1:]
    outlet = next((k for k, w in enumerate(words[1:-1], 1) if w in _NEWSPAPER_WORDS), None) if len(words) > 2 else None
    if outlet is not None and len(words) - outlet - 1 <= 2 and not is_common_word(words[outlet + 1].lower()) and given_name_gender(" ".join(words)) is None:
        # "Speaking to the Daily Mail Lacerda claimed": a paper's name run into the speaker's, its
        # comma lost (not "Daily Mail Online", nor a given name's "Rita Post Ames")
        words = words[outlet + 1 :]
    if len(words) > 2 and words[-1] in _POSTNOMINALS and given_name_gender(" ".join(words[:-1])) is not None:
        words = words[:-1]  # "Tom Kell MSP", "Ann Roe QC": a seat or a rank after the name, no part of it
    if words and words[-1] in MEMBER_LETTERS:
        # "Tory MP", "North Wales MP", "MP" alone: no one's name; "Dana Kirby MP" (a given name of
        # either gender) is Dana Kirby
        first = words[0].lower()
        named = not (is_common_word(first) or first in _MEMBER_PLACERS)
        words = words[:-1] if len(words) > 2 and named else []
        if not words:
            return ""
    if len(words) == 1 and (bare(words[0]) in TITLE_WORDS and words[0] not in SURNAME_TITLES | PARTY_TITLES or _NUMBER_WORD.fullmatch(words[0]) or words[0] in _ORDINALS):
        return ""
    if all(w.lower() in _CALENDAR for w in words):
        return ""
    if len(words) > 1 and words[0] in _DATE_ONLY_MONTHS:
        words = words[1:]  # "(Since) September Kim": a date run into the name after it
    elif len(words) > 2 and words[0] in _NAME_MONTHS | _WEEKDAYS and given_name_gender(" ".join(words[1:])) is not None:
        # "(On 12) May Tom Marsh", "(On) Friday Tom Marsh": a date run into a full name whose
        # given name we know (not "April Ryan", nor "Tuesday Weld": no full name after the month)
        words = words[1:]
    while len(words) > 1 and words[-1] in _WEEKDAYS and words[-2] not in _FEAST_WORDS:
        words = words[:-1]  # "said Jane Roe Friday": the day she said it
    person = after_masthead(words)
    if person:
        words = person  # "Writing in The Mirror Linda said", "in the Herald Maria Lind wrote": the paper, then her
    cut = [
        k
        for k, w in enumerate(words[:-1])
        if is_person_title(w) or k and (_ROYAL_TITLE.fullmatch(f"{words[k - 1]} {w}") or _party_member_before(w, words[k + 1 :]))
    ]
    if cut:
        words = words[cut[-1] + 1 :]  # "Committee Chairman Reince Priebus" -> Reince Priebus
    return " ".join(words)


#: A party's member as a noun, which news style writes before a name like a title, after what
#: places the member ("Senate Republican John Cornyn", "House Judiciary Committee Ranking Democrat
#: Jerrold Nadler", "Ohio Republican Rob Portman").
_PARTY_MEMBERS = frozenset({"Democrat", "Republican"})


def _party_member_before(word: str, rest: list[str]) -> bool:
    """``word`` is a party's member written as a title before the person's name ``rest``: a given
    name we know, or words no dictionary has (a surname). Not an organisation's name that goes on
    in words of the language ("House Republican Conference", "Young Republican National
    Federation"), where the party word is an adjective."""
    if word not in _PARTY_MEMBERS or not rest:
        return False
    return given_name_gender(" ".join(rest)) is not None or not any(is_common_word(w.lower()) for w in rest)


#: Last words of newspapers' names ("The Mirror", "the Herald", "The Irish Times"): before a given
#: name in one run of capitals, the paper's name ends there and the person's begins.
_MASTHEAD_WORDS = frozenset(
    "mirror herald times post guardian telegraph sun star journal express independent observer standard "
    "tribune gazette chronicle examiner inquirer mail record courier bulletin sentinel echo news".split()
)


def after_masthead(words: list[str]) -> list[str]:
    """The words of a person's name run on after a newspaper's ("The Mirror Linda", "Daily Mail
    Sarah Vine"): from the first given name right after a masthead word; [] when there is none."""
    for k in range(1, len(words)):
        if words[k - 1].lower() in _MASTHEAD_WORDS and given_name_gender(f"{words[k]} {words[k - 1]}") is not None:
            return words[k:]
    return []


#: Capitalised words after a lower-case "the" at the end of a phrase ("in the Herald Lind", "for
#: the Irish Times Dan Roe"): a newspaper's name may run on into its writer's.
#: "the" is tested before the lookbehind behind it, which keeps the word whole: a pattern that
#: opens on a literal lets the regex engine skip to each "the" (~5x faster per name run).
_THE_THEN_CAPITALS = re.compile(rf"the(?<![\w’'-]the)\s+((?:[{UPPER}][\w’'.-]*\s+){{1,5}}?[{UPPER}][\w’'-]*)\s*$")


#: A phrase of writing or speaking for a publication that ends on "in/for/to the" ("Writing in
#: the", "In an op-ed for the", "Speaking to the"), right before the capitals after "the".
_WRITING_IN = re.compile(
    r"(?:[Ww]riting|[Ss]peaking|[Tt]alking|[Tt]elling|column|op-ed|essay|article|piece|editorial|interview)"
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|for|to|with)\s+the\s+$"
)


def person_after_paper(text: str) -> str:
    """The person whose name runs on after a newspaper's at the end of ``text`` ("Writing in the
    Herald Lind", "In the Telegraph Jasper Quint", "for the Irish Times Dan Roe"): the words after
    the masthead word, when one to three follow and the last is no common word (a surname); ""
    otherwise ("in the Post Office", "the Herald Square"). A lower-case "the" before a masthead word marks a paper,
    not a given name ("Star Jones"), so a bare surname after it is the writer, not "Herald Lind"."""
    m = _THE_THEN_CAPITALS.search(text)
    if m is None:
        return ""
    words = m.group(1).split()
    if _WRITING_IN.search(text, 0, m.start(1)) and len(words) >= 2 and words[-1].lower() not in _MASTHEAD_WORDS:
        # "Writing in the New Statesman Lind", "Speaking to the Spectator Ann Lind": a paper
        # whatever its last word; the writer is the last word, or the last two after a given name
        # or a word of no language ("the Atlantic Hettie Marlowe", not "the New Statesman Lind")
        given = given_name_gender(" ".join(words[-2:])) is not None or not is_common_word(words[-2].lower()) and words[-2].lower() not in _MASTHEAD_WORDS
        last = 2 if len(words) >= 3 and given else 1
        if not is_common_word(words[-1].lower()) and words[-last - 1].lower() not in TITLE_WORDS:
            return " ".join(words[-last:])
    for k in range(1, min(len(words), 4)):
        rest = words[k:]
        if words[k - 1].lower() in _MASTHEAD_WORDS and len(rest) <= 3:
            return " ".join(rest) if not is_common_word(rest[-1].lower()) else ""
    return ""


#: Frequent Chinese and Korean family names, which such names write first ("Xi Jinping", "Kim
#: Jong Un", "Lee Jae-myung"), so a later bare mention is the first word ("Xi said"). "He" is left
#: out: a pronoun; so is "Hong" ("Hong Kong").
_EAST_ASIAN_SURNAMES = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng
    liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su
    lu ding ren shen yao qin bo hua kim lee park choi jung kang cho yoon jang lim oh seo shin kwon
    hwang ahn yoo jeon moon ko bae baek ryu nam roh chung han song""".split()
)
#: A syllable of a romanised Chinese or Korean given name written in parts ("Jae-myung", "Jong
#: Un", "Suk Yeol", "Ing-wen").
_SYLLABLE = re.compile(
    r"(?:ch|sh|zh|ts|hs|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?"
    r"[wy]?(?:eou|iao|uai|ae|eo|eu|oe|ui|ia|ie|io|iu|ua|uo|ue|ai|ao|ei|ou|oo|ee|a|e|i|o|u)(?:ng|n|m|k|l|p|t)?"
)
#: One or two pinyin syllables written as one word ("Jinping", "Keqiang", "Yi"): pinyin syllables
#: end in a vowel, "n" or "ng", so "Zeldin" or "Davis" is none.
_PINYIN_WORD = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)){1,2}"
)


def family_name(word: str) -> bool:
    """``word`` is a Chinese or Korean family name we know ("Xi", "Kim")."""
    return word.lower() in _EAST_ASIAN_SURNAMES


def surname_first(words: list[str]) -> bool:
    """``words`` are a Chinese or Korean name written family name first: a family name we know,
    then a given name of one or two romanised syllables ("Xi Jinping", "Wang Yi", "Lee Jae-myung",
    "Kim Jong Un", "Yoon Suk Yeol"); not "Kim Davis", "Lee Zeldin", "Song Lin Smith"."""
    if not 2 <= len(words) <= 3 or words[0].lower() not in _EAST_ASIAN_SURNAMES or not all(w[:1].isupper() for w in words):
        return False
    given = [w.lower() for w in words[1:]]
    if len(given) == 2:
        return all(_SYLLABLE.fullmatch(w) for w in given)
    parts = given[0].split("-")
    if len(parts) == 2:
        return all(_SYLLABLE.fullmatch(p) for p in parts)
    return _PINYIN_WORD.fullmatch(given[0]) is not None


#: A nickname in quote marks inside a name: a given name (and perhaps a middle initial), the
#: nickname of one to three capitalised words in a pair of marks, the surname ('Robert “Bobby”
#: Scott', 'Rep. Robert C. "Bobby" Scott', "Dwayne ‘The Rock’ Johnson"). Groups: the given name
#: and initial, the opening mark, the nickname, the closing mark; the lookahead reads the surname.
#: It opens on the capital (the lookbehind that keeps the name whole reads it too), so the regex
#: engine skips to the next capital instead of trying every position (~2x faster, same matches).
_NICKNAME = re.compile(
    rf"([{UPPER}](?<![\w’'-][{UPPER}])[\w’'-]*(?:[ \t]+[{UPPER}]\.)?)[ \t]+([“\"‘'])"
    rf"([{UPPER}][\w’'.-]*(?:[ \t]+[\w’'.-]+){{0,2}}?)([”\"’'])[ \t]+(?=([{UPPER}][\w’'-]+))"
)
_PAIRED_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


@dataclass(frozen=True)
class Nickname:
    """A nickname ``unmark_nicknames`` took the marks off: the words around it and its marks."""

    given: str
    nickname: str
    surname: str
    opening: str
    closing: str


#: The word before a name that may open it: a lower-case word, a title or an honorific.
_WORD_BEFORE = re.compile(r"([\w’'.-]+)[ \t]+$")


def _opens_name(text: str, start: int, given: str, surname: str) -> bool:
    """A given name we do not know ("Earvin ‘Magic’ Johnson") opens a name all the same when
    neither it nor the surname is a common word and the word before it is lower-case or a title
    ("said Earvin", "Rep. Earvin"): not "Trump Calls Cruz “Liar” Again" (a headline's capitals),
    nor 'told Biden “Enough” Tuesday', nor 'called Pelosi “Crazy” Nancy'."""
    if " " in given or given.endswith(POSSESSIVE) or surname.lower() in _CALENDAR:
        return False  # 'On ABC’s “Good Morning America” Tuesday': an owner, a day
    if is_common_word(given.lower()) or is_common_word(surname.lower()) or given_name_gender(f"{surname} X"):
        return False  # (nor 'called Pelosi “Crazy” Nancy': a given name is no surname here)
    before = _WORD_BEFORE.search(text, 0, start)
    if before is None:
        return not text[:start].strip()  # the paragraph opens with the name
    word = before.group(1)
    return word[:1].islower() or bare(word) in PERSON_TITLES


def unmark_nicknames(text: str) -> tuple[str, list[Nickname]]:
    """``text`` with the quote marks around a nickname inside a name turned to spaces (same
    offsets), and the nicknames. Why: 'Robert “Bobby” Scott said' holds no quote, and with its
    marks the run of capitals would stop at the nickname ("Robert" said, or "Scott"); without
    them it is one name. Only after a given name we know ("Robert") or one that opens a name
    (``_opens_name``: not "Cruz" in a headline's 'Trump Calls Cruz “Liar” Again'), and before a
    capitalised surname, no title."""
    if not any(mark in text for mark in _PAIRED_MARKS):
        return text, []
    chars: list[str] | None = None
    found: list[Nickname] = []
    for m in _NICKNAME.finditer(text):
        given, opening, nickname, closing, surname = m.groups()
        if _PAIRED_MARKS[opening] != closing or not nickname[-1:].isalnum():
            continue
        if bare(surname) in TITLE_WORDS or not (given_name_gender(f"{given.split()[0]} X") or _opens_name(text, m.start(1), given, surname)):
            continue
        chars = chars if chars is not None else list(text)
        chars[m.start(2)] = " "
        chars[m.end(4) - 1] = " "
        found.append(Nickname(" ".join(given.split()), " ".join(nickname.split()), surname, opening, closing))
    return ("".join(chars) if chars is not None else text), found


def mark_nicknames(name: str, nicknames: list[Nickname]) -> str:
    """``name`` with the marks of its nickname back ("Robert Bobby Scott" -> 'Robert “Bobby”
    Scott'), as the text writes it."""
    for nick in nicknames:
        plain = f"{nick.nickname} {nick.surname}"
        if plain in name and nick.given.split()[0] in name.split():
            name = name.replace(plain, f"{nick.opening}{nick.nickname}{nick.closing} {nick.surname}", 1)
    return name
