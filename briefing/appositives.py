"""Appositives around a speaker: "Jane Roe, a policy director at a research group in the city,
said", "Ann Voss, 52, of Dayton", "the mayor, Tom Reyes,".

A run of comma pieces before a speech verb is read as one subject with its descriptions, not as
a list of speakers, unless its pieces are coordinated people.
"""

from __future__ import annotations

import re

from .conjunct_words import COORDINATOR
from .coordinate_adjectives import DANGLING_ADJECTIVE
from .coordinated_heads import bare_name, coordination
from .given_names import given_name_gender
from .groups import plural_group
from .head_kinds import SUBJECT_PRONOUNS, can_speak
from .joint_phrases import joint_speakers
from .mention import Mention
from .name_cleaning import (
    POSSESSIVE,
    participle_intro,
)
from .offices import title_of_office
from .organisation_names import DETERMINERS, ORGANISATION_HEADS, STRIP, organisation_name_length
from .sentence_adverbs import is_adverb_opener, is_sentence_adverb
from .speaker_heads import head_of_segment
from .speech_lexicon import (
    GROUP_NOUNS,
    INTRO_WORDS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .title_runs import bare_title
from .wordlists import MONTH_ALTERNATION, is_common_word

#: An organisation's name that lists its fields after "of"/"for": "the Bureau of Alcohol,
#: Tobacco, Firearms and Explosives", "the American Federation of State, County and Municipal
#: Employees" (its comma-split first piece; then single capitalised words, then one that goes on
#: with "and" and capitalised words).
_LISTING_ORGANISATION = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,3}([A-Z]\w+)\s+(?:of|for)\s+[A-Z]\w+\s*")
_LISTED_FIELD = re.compile(r"\s*[A-Z]\w+\s*")
_LAST_LISTED_FIELD = re.compile(r"\s*[A-Z]\w+\s+and\s+[A-Z]\w+\b.*", re.S)


#: A campus after a university's name and a comma ("…, Berkeley", "…, Los Angeles").
_CAMPUS = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*")


def _university(piece: str) -> bool:
    """``piece`` is a university's whole name with "of" ("the University of California"), which
    a campus may follow after a comma."""
    words = piece.split()
    opening = words[1:2] if words[:1] in (["the"], ["The"]) else words[:1]
    return opening == ["University"] and organisation_name_length(words) == len(words)


def join_adjectives(pieces: list[str]) -> list[str]:
    """Comma-split pieces with coordinate adjectives joined again: "the bespectacled, 71-year-old
    diplomat" is one phrase, not "the bespectacled" and "71-year-old diplomat"; so is an
    organisation's name listing its fields ("the Bureau of Alcohol, Tobacco, Firearms and
    Explosives said"), not "Firearms and Explosives"."""
    joined: list[str] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        listing = _LISTING_ORGANISATION.fullmatch(piece)
        if listing is not None and listing.group(1).lower() in ORGANISATION_HEADS:
            end = k + 1
            while end < len(pieces) and _LISTED_FIELD.fullmatch(pieces[end]):
                end += 1
            if end < len(pieces) and _LAST_LISTED_FIELD.fullmatch(pieces[end]):
                joined.append(",".join(pieces[k : end + 1]))
                k = end + 1
                continue
        if joined and _CAMPUS.fullmatch(piece) and _university(joined[-1]) and given_name_gender(piece.strip()) is None:
            joined[-1] += "," + piece  # "the University of California, Berkeley": one name
            k += 1
            continue
        if joined and DANGLING_ADJECTIVE.fullmatch(joined[-1]) and re.match(r"\s*[a-z0-9]", piece):
            joined[-1] += "," + piece
        else:
            joined.append(piece)
        k += 1
    return joined


_INDEFINITE = {"a", "an", "one", "another"}


#: Conjunctions opening a clause whose subject comes right after them ("as X notes", "while X
#: argues"); unlike prepositions ("after the vote"), what follows them is the verb's subject.
SUBORDINATORS = {"as", "while", "when", "although", "though", "because", "since", "whereas", "if", "unless", "until"}


def _definite(piece: str) -> bool:
    """A comma piece that is only a definite description ("the sheriff"): a member of a list."""
    words = piece.strip(STRIP).split()
    if len(words) < 2 or words[0] not in {"the", "The"}:
        return False
    head = head_of_segment(piece)
    return head is not None and head.kind == "description" and not SPEECH_VERB.search(piece)


def comma_coordination(pieces: list[str]) -> Mention | None:
    """Speakers joined across commas before a verb: a list ("Ann Roe, Ben Poe and Carl Yates
    said"), or a second conjunct after the first's appositive ("Ann Roe, 45, and her husband
    said", "The mayor, who won in 2019, and the sheriff said"). None when the last piece joins no
    speaker (a clause, an intro phrase: "After the vote, and before the recess, Kline said")."""
    while pieces and len(pieces[0].split()) == 1 and is_sentence_adverb(pieces[0].strip(STRIP)):
        pieces = pieces[1:]  # "Well, and the mayor said", "Meanwhile, and …": no one listed
    if len(pieces) < 2:
        return None
    last = pieces[-1].strip(STRIP)
    if last.startswith(("and ", "& ")):
        if last.split()[1:2] in (["a"], ["an"]):
            return None  # "Ann Roe, a nurse and a mother": appositives of one person
        if len(last.split()) == 2 and last.split()[1].lower() in SUBJECT_PRONOUNS:
            return None  # "Roe hit Poe on taxes, and she claimed": a clause of its own, no list
        if all(bare_name(p, read_head=head_of_segment) for p in pieces[:-1]):
            return coordination(" and ".join(p.strip(STRIP) for p in pieces[:-1]) + " " + last, read_head=head_of_segment)
        first = subject_of_appositives(pieces[:-1])
        if first is None or first.kind not in {"name", "description"} or joint_speakers(first.text):
            return None
        return coordination(f"{first.text} {last}", read_head=head_of_segment)
    groups = [p.strip(STRIP) for p in pieces[:-1]] + [w.strip(STRIP) for w in COORDINATOR.split(f" {last} ")]
    if len(groups) > len(pieces) and all(len(g.split()) <= 3 and plural_group(g) is not None for g in groups):
        # "Democrats, Republicans and independents say", "Friends, lobbyists and former foes say":
        # a list of groups, all of them (not the last two, nor the first)
        return Mention("description", ", ".join(p.strip(STRIP) for p in pieces))
    opening = COORDINATOR.split(f" {last} ")[0]
    listed = (bare_name(opening, read_head=head_of_segment) and all(bare_name(p, read_head=head_of_segment) for p in pieces[:-1])) or (
        _definite(opening) and all(_definite(p) for p in pieces[:-1])  # "The mayor, the sheriff and the fire chief"
    )
    if COORDINATOR.search(f" {last} ") and listed:
        joint = coordination(last, read_head=head_of_segment)
        if joint is not None and joint.kind == "description" and joint_speakers(joint.text):
            return coordination(
                " and ".join(p.strip(STRIP) for p in pieces[:-1]) + " and " + last, read_head=head_of_segment
            )
    return None


#: Irregular past participles that open a phrase before the subject ("Born in Ohio, …").
_IRREGULAR_PARTICIPLES = frozenset("born known given taken shown seen driven caught shaken told held hit struck brought beaten built drawn thrown left".split())
#: Words after a past participle that make it open a phrase ("Pressed by reporters", "Frustrated
#: with the delay"), not a name's first word.
_AFTER_PAST_PARTICIPLE = frozenset("by about on at for with in over to from after into as under between among".split())


def past_participle_intro(words: list[str]) -> bool:
    """ "Pressed by reporters, …", "Frustrated by the delay, …", "Born in Ohio, …": a phrase of a
    past participle opening the sentence, whose subject comes after the comma; not a name
    ("Ted", "Reed") nor a subject and its verb ("Police said")."""
    if len(words) < 2 or not words[0][:1].isupper() or words[1].lower() not in _AFTER_PAST_PARTICIPLE:
        return False
    low = words[0].lower()
    participle = low in _IRREGULAR_PARTICIPLES or len(low) > 5 and low.endswith("ed") and is_common_word(low)
    return participle and given_name_gender(words[0]) is None


#: An adverb opening a description set off after a name ("Pike, also a former governor", "Pike,
#: now a lobbyist"): it tells of the name, so the phrase is apposed to it, not a new subject.
_APPOSING_ADVERBS = [[w] for w in ("also", "now", "once", "then", "still", "himself", "herself")]


def description_is_subject(mention: Mention, segments: list[str]) -> bool:
    """A description right before the verb, after a name and a comma, is the subject when it is
    short and indefinite after a bare surname ("Clinton, a top aide said,") or when the name ends
    an opening phrase ("At the town
    hall in Hudson, New Hampshire Monday, the Christie supporter retorted"); otherwise it is an
    appositive whose second comma is missing ("Nate Silver, the polling guru who founded it
    tweeted") and the name is the subject."""
    first = mention.text.split()[0].lower()
    if segments and segments[-1].strip(STRIP).split()[:1] in _APPOSING_ADVERBS:
        return False  # "After the vote, Ann Pike, also a former governor tweeted": apposed to Pike
    topic = segments[-2].strip(STRIP).split() if len(segments) >= 2 else []
    if first in _INDEFINITE and len(mention.text.split()) <= 3 and len(topic) == 1:
        return True  # "Clinton, a top aide said," — an appositive would come with the full name
    opener = segments[-3].strip(STRIP).split()[:1] if len(segments) >= 3 else []
    return first in DETERMINERS and bool(opener) and opener[0].lower() in INTRO_WORDS


#: Words that open an appositive or a relative clause after a subject ("Smith, a miner, who ...").
_APPOSITIVE_OPENERS = DETERMINERS | {"who", "whose", "which", "whom", "former", "now", "himself", "herself"}


#: Longest lower-case appositive after a subject ("legal director for the gay rights group Human
#: Rights Campaign"), in words; longer, it is read as a clause.
_APPOSITIVE_WORDS = 14


_TIME_NOUN = (
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)"
)
#: A time phrase of a determiner and a time noun, or "yesterday", before a subject without its
#: comma ("Last week Kell said", "“…,” this morning the ministry said"): closed like TIME_OPENER,
#: but unlike it no new clause after a quote, since its verb reports that quote. Also a time
#: phrase of "late"/"early" or a count of time units ("Late on Tuesday Gov. X told", "Two days
#: later Kell said"), whose first word would otherwise be read as a one-word name. Every phrase
#: opens on a word character, so all the non-word characters before it ("“", the dots of a masked
#: quote) are skipped and none given back (possessive ``*+``): the same matches, where backtracking
#: tried each phrase at every dot of a masked quote opening the text (~100 µs for a long one).
TIME_BEFORE_SUBJECT = re.compile(
    rf"^[\s\W]*+(?:(?:(?:earlier|later)\s+)?(?:this|last|that|next)\s+{_TIME_NOUN}|yesterday"
    # "Late on Tuesday", "Early last night", "Shortly after midnight", "Two days later", "Hours later"
    rf"|(?:late|early|earlier|later)\s+(?:(?:on|this|last|that)\s+)?{_TIME_NOUN}"
    # "On Monday", "On Tuesday night"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    # "In February", "In March 2016", "In 2015"
    r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+\d{4})?"
    r"|in\s+\d{4}"
    r"|(?:shortly|just|soon|right|moments|minutes|hours)\s+(?:after|before)\s+(?:midnight|noon|dawn|dusk)"
    r"|(?:(?:just|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago)"
    # "In September Kim described", "Since early March the board has", "By June 3 Kell had": a
    # month of the calendar (capitalised: "by may" is no date), never part of the name after it
    r"|(?:in|since|by|until|till|during|through|last|early|late)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?-i:{MONTH_ALTERNATION})"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    # "On Aug. 5 Kell said", "On August 5, 2015 the board …": a day of a month, the month written
    # out or abbreviated as news style does
    rf"|on\s+(?-i:{MONTH_ALTERNATION}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)[.\u2024])\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    # "At 10 a.m. Kell said", "Shortly after 9 p.m. the mayor …": a time of the clock
    r"|(?:(?:shortly|just|soon)\s+)?(?:at|around|about|after|before|until|by)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a|p)[.\u2024]m[.\u2024]"
    r")\s+(?=\w)",
    re.IGNORECASE,
)

#: A phrase of place or occasion closed by a time phrase, with no comma before the subject: "In a
#: report from Minnesota earlier this year the Times examined …", "At a rally in Dayton on Tuesday
#: Gov. Ann Hart said …". The time phrase ends the opening phrase, as a comma would.
TIMED_OPENER = re.compile(
    r"^\s*(?:in|at|on|during|after|before|from|through|since)\s+[^,;:“”\"]{3,80}?\s"
    rf"(?:(?:(?:earlier|later)\s+)?(?:this|last|that|next)\s+{_TIME_NOUN}|yesterday|earlier\s+today"
    r"|(?:(?:late|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
    r"\s+(?=(?-i:[A-Z])|(?:the|a|an)\s)",
    re.IGNORECASE,
)

#: Longest first piece (a title and a name) read as the name opening a run of appositives.
_OPENING_NAME_WORDS = 6


def named_then_appositives(clause: str) -> Mention | None:
    """ "Al Mott, president of the local that represents workers at the plant," before a verb:
    the name that opens a run of appositives, read before the clause is split at "that" or
    "when", which there open a relative clause inside an appositive, not the speaker's clause."""
    pieces = join_adjectives(re.split(r"[,();—–]|\s--?\s", clause))
    kept = [p for p in pieces if p.strip(STRIP)]
    if len(kept) < 2 or pieces[-1].strip(STRIP):
        return None
    opening = TIME_BEFORE_SUBJECT.sub("", kept[0])  # "Last night Labour MP Tom Reyes, who …, said"
    first = head_of_segment(opening)
    words = opening.strip(STRIP).split()
    if first is None or first.kind != "name" or len(words) > _OPENING_NAME_WORDS or words[-1] != first.text.split()[-1]:
        return None  # the first piece is the name, maybe after a title: not a clause ending on one
    subject = subject_of_appositives(kept)
    return subject if subject is not None and subject.kind == "name" else None


#: A segment opening on a title and "of" (maybe "the"): "Minister of", "Chief Executive Officer of the"
#: (group 1), with a capitalised word after it.
_OFFICE_OF = re.compile(r"\s*((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){1,4}of(?:\s+the)?)\s+(?=[A-Z])")


def office_opening(segment: str) -> bool:
    """``segment`` opens on a person's title, "of" and a capitalised name: an office ("Minister of
    Trade", "Chief Executive Officer of the Port Authority"), whose holder an appositive names."""
    office = _OFFICE_OF.match(segment)
    return office is not None and title_of_office(office.group(1))


#: Conjunctions that open a sentence with a capital before its subject.
_SENTENCE_CONJUNCTIONS = frozenset({"And", "But", "Yet", "So", "Or"})
#: Participles of citing or answering that open an aside set off after the subject ("Salceda,
#: citing data from the State Department, said"): the one cited is not the subject.
_ASIDE_PARTICIPLES = frozenset(
    "citing quoting referring pointing noting echoing invoking responding reacting replying answering "
    "speaking writing addressing testifying relying drawing".split()
)


def _without_conjunction(seg: str, words: list[str]) -> tuple[str, list[str]]:
    """The first segment without the conjunction opening the sentence when a subject follows it:
    "And retired Gen. John Allen, who led …, said" is Allen's (read as if the sentence began on
    "Retired"); not before an opening phrase ("But as my friend, …", "But almost at once, …"),
    which the caller reads as it did."""
    rest = seg.strip(STRIP).split(None, 1)[1]
    if words[1].lower() in SUBORDINATORS or words[1].lower() in INTRO_WORDS:
        return seg, words
    raised = words[1].islower() and words[1] not in DETERMINERS
    if raised and not (len(words) > 2 and words[2][:1].isupper()):
        return seg, words  # "But almost immediately after …": no title run after the word
    if raised:
        rest = rest[:1].upper() + rest[1:]  # "And retired Gen. Allen", "And former Sen. Roe"
    named = head_of_segment(rest)
    if named is None or named.kind not in {"name", "description"} or raised and named.text.split()[0] == rest.split()[0]:
        return seg, words
    return rest, rest.split()


def subject_of_appositives(segments: list[str]) -> Mention | None:
    """ "X, <appositive>, <appositive>," before a verb: X, or the name an appositive gives to a
    description ("the mayor, Olena Shevchenko,"). None when a segment is not appositive-like."""
    subject: Mention | None = None
    for seg in segments:
        words = seg.strip(STRIP).split()
        if not words:
            continue
        if subject is None and TIME_BEFORE_SUBJECT.match(seg):
            # "Last night Tory MP Ann Weller, who sits on the committee, said": the time phrase
            # opens the clause, the subject right after it heads the appositives
            seg = TIME_BEFORE_SUBJECT.sub("", seg)
            words = seg.strip(STRIP).split()
        if subject is None and len(words) > 1 and words[0] in _SENTENCE_CONJUNCTIONS:
            seg, words = _without_conjunction(seg, words)
        first = words[0].lower()
        if subject is None:
            if first in SUBORDINATORS and len(words) > 1:
                subject = head_of_segment(" ".join(words[1:]))  # "As John Cornyn, the No. 2, put it"
                if subject is None:
                    return None
                continue
            if first in INTRO_WORDS or participle_intro(words) or first in {"who", "which"}:
                continue
            if is_adverb_opener(words):
                continue  # "Similarly, Tom Kell, a former budget director, said", "More broadly, Kell, …,": no one
            if first.endswith("ed") and words[1:2] and words[1].lower() in {"by", "on", "at", "about", "for"} or past_participle_intro(words):
                continue  # "Reached by phone on Tuesday, Hal Pryor — who … — said"
            subject = head_of_segment(seg)
            if subject is None:
                return None
            if (subject.kind == "name" and office_opening(seg)) or bare_title(words, subject):
                # "Minister of Trade and Commerce, Paul Deverell," / "Council Leader, Ann Roe,": the
                # office set off before its holder (a name after "of" is the office's, a bare
                # capitalised title no one's name); the name apposed to it is the speaker's
                subject = Mention("description", seg.strip(STRIP))
            continue
        if seg.lstrip().startswith(("and ", "& ")) and office_opening(" ".join(words[1:])):
            # "Chairman Tom Kell, Vice Chairman Ben Marsh, and Chairman of the Water Subcommittee,
            # Ann Roe, wrote": an office by its body, its holder set off after it; not the body
            # joined to the first name ("Tom Kell and Water Subcommittee"); who all wrote, unsure
            return None
        if seg.lstrip().startswith(("and ", "& ")) and subject.kind in {"name", "description"} and words[1:2] not in (["a"], ["an"]):
            # "Hart, a Democrat, and Cole, a Republican, said", "Ann Roe, 45, and her husband said":
            # a second speaker, not an appositive
            other = coordination(f"{subject.text} {seg.strip(STRIP)}", read_head=head_of_segment)
            if other is not None:
                subject = other
                continue
        if subject.kind == "unnamed" and joint_speakers(subject.text):
            continue  # "Yahoo News and former TV network anchor Katie Couric, …": still unsure
        if joint_speakers(subject.text) and subject.kind == "description":
            # "Pat Quinn and her husband, Joe,": the name is the husband's, not the subject's; it
            # stands for him when the subject was read as a description ("Ann Roe and the FBI's
            # director, Ben Poe,")
            named = head_of_segment(seg) if words[0][:1].isupper() else None
            first, _, described = subject.text.rpartition(" and ")
            person = described.split()[-1:] and can_speak(described) and not described.split()[-1][:1].isupper()
            if named is not None and named.kind == "name" and person and described.split()[0].lower() in DETERMINERS:
                subject = Mention("description", f"{first} and {named.text}")
            continue
        appositive_like = (
            first in _APPOSITIVE_OPENERS
            or first.endswith(POSSESSIVE)
            or first[:1].isdigit()
            or words[0][:1].isupper()
            or participle_intro(words)
            or first in INTRO_WORDS
        )
        # the capitalised words of a body's name count as one ("senior fellow at The Centre for the
        # Study of Public Money at Queen's University Belfast" is an appositive, not a clause)
        plain = [w for k, w in enumerate(words) if not (w[:1].isupper() and k and words[k - 1][:1].isupper())]
        if not appositive_like and not (words[0].islower() and len(plain) <= _APPOSITIVE_WORDS):
            return None
        if first in _ASIDE_PARTICIPLES and words[0].islower() and subject.kind in {"name", "description"}:
            continue  # "Salceda, citing data from the State Department, said": an aside, the subject stays
        phrase = first in _APPOSITIVE_OPENERS or first in INTRO_WORDS  # "a firm called X"
        if not phrase and (LEADING_VERB.search(" " + seg) or SPEECH_VERB.search(seg)):
            return None  # "…, Trump went after Bush," is a clause, not an appositive
        if subject.kind in {"description", "unnamed"} and words[0][:1].isupper():  # "One of them, Ray Ost,"
            if subject.text.split()[-1].lower() in GROUP_NOUNS and " and " in seg:
                continue  # "Two analysts, Ann Roe and Ben Poe,": both speak, the group says so
            named = head_of_segment(seg)
            if named is not None and named.kind == "name":
                subject = named  # "the head of the commission, Nadia Petrova,"
    return subject
