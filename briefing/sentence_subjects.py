"""The subject opening a sentence when no speech verb is there to anchor it: "Obama and Biden place
flowers", "Across the street stood Victor Brandt, the mayor", "The new ad hits Berg for …".

Used where a quote follows a sentence about someone (colon introductions, carried speakers,
pronoun antecedents): the subject is the noun phrase before the first verb, which has to be
found without a verb list; a sentence with a verb of ours defers to speakers.subject_before.

``leading_np`` is one reader of the sentence's comma pieces, in order; what it asks of them is
beside it: ``subject_openings`` (what opens a sentence before its subject, or puts the subject
elsewhere), ``opening_phrases`` (phrases before the subject that are never part of it: a
time phrase, the channel of the words, a participle and its named object, a tweet's stamp),
``subject_phrases`` (where the subject's phrase in a piece ends and which name heads
it), ``subject_words`` (what one word of the piece is), ``group_subjects`` (a piece that opens
on a group of people: "Some Republicans", "Those close to Kell", "Critics") and
``capitalised_subjects`` (a piece that opens on a capitalised word: a name, its title, an
owner's role or document, or a command with no subject).
"""

from __future__ import annotations

import re

from .appositives import TIME_BEFORE_SUBJECT, TIMED_OPENER, past_participle_intro
from .bare_sources import hedged_count
from .capitalised_subjects import capitalised_subject
from .coordinated_heads import coordination
from .group_subjects import group_subject
from .head_patterns import CONTRACTION, DISJUNCTION, LEAD_CONJ, subject_couple
from .joint_phrases import joint_speakers
from .masking import ABBREVIATION_DOT
from .mention import UNDECIDED, Mention
from .name_cleaning import (
    ELIDED_T,
    NAME_RUN,
    PARTICLES,
    clean_name,
    name_pattern,
    participle_intro,
)
from .opening_phrases import CHANNEL_OPENER, TWEET_STAMP, participle_before_name, whole_time_phrase
from .organisation_names import (
    DETERMINERS,
    STRIP,
    organisation_name,
    organisation_name_length,
)
from .question_subjects import after_auxiliary, person_asked
from .role_apposed_names import role_apposed_name
from .sentence_adverbs import is_adverb_opener, is_sentence_adverb
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speakers import (
    ADVERB_OPENERS,
    TIME_ADVERBIAL,
    TIME_PHRASE,
    focus_adverb_on_subject,
    subject_before,
)
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INTRO_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .subject_openings import (
    AGED_PAIR,
    APPOSED_AGE,
    CLEFT_SUBJECT,
    CLEFT_WHO,
    DASHED_APPOSITIVE,
    DASHES,
    DATE_COMMA,
    DIGIT,
    ELDER_NAME,
    FRONTED_DESCRIPTION,
    FRONTED_THEN_APPOSED,
    INTRO_ADVERBS,
    LOCATIVE_INVERSION,
    NAME_THEN_VERB,
    PLACE_HEADS,
    first_of_adjectives,
    fronted_predicate,
    place_opener,
)
from .subject_phrases import (
    APPOSITIVE_END,
    NAMES_BEFORE_WORD,
    PLACE_BEFORE,
    PLACE_NOUN_END,
    VERB_BEFORE_OBJECT,
    apposed_name,
    list_after_fronted_phrase,
    place_part,
    verb_after_head,
    verb_after_name,
    verb_before_name,
)
from .subject_words import (
    capitalised_adjective,
    demonstrative_person,
    third_person_verb,
)
from .wordlists import is_common_word, is_country, is_postal_code, is_state

#: A sentence opening with an indefinite description that gives the name, then the verb: "A
#: freshman named Hailey Puckett posted", "A driver known as Big Lou organised" (group 1: the
#: description's noun, group 2: the name). Not "The board named Keller Park the new site".
_NAMED_SUBJECT = re.compile(
    rf"\s*(?:[Aa]n?|One|Another)\s+(?:[a-z0-9][\w-]*\s+){{0,3}}([a-z][\w-]*)\s+(?:(?:known|identified)\s+"
    rf"(?:only\s+)?as|named)\s+({name_pattern(0, 3)})(?=,|\s+[a-z])"
)

#: Quantifiers that open a group of people before its noun ("Other former CIA officers", "Several
#: Kell aides"), capitalised only as the sentence's first word.
_GROUP_QUANTIFIERS = frozenset({"other", "several", "most", "few"})


#: Lower-case words after a name set off by commas that open no predicate of it.
_NOT_A_PREDICATE = frozenset("and or but nor who whom whose which where when while as if than".split())


#: A lead-in closed by a colon before a clause opening in a capital: "But consider yourself warned:
#: Ms. Lutz said …", "Here is the catch: Kell said …" (group 1: the lead-in).
_COLON_LEAD = re.compile(r"([^:“”\"·]{3,80}?):\s+(?=[A-Z]|(?:the|an?|he|she)\s)")
#: A name's acronym in brackets before its verb ("The National Rifle Association (NRA) criticised
#: the bill"): no part of the subject, which read as "the National Rifle Association (NRA" named no
#: body, so an "it" after the sentence found none.
_BRACKETED_ACRONYM = re.compile(r"(?<=[a-z])\s+\([A-Z][A-Z&]{1,7}\)(?=\s+[a-z])")
#: A speech verb right after a subject, perhaps after an aside or an adverb ("Kell later said", "Ann
#: Lutz, the treasurer, said").
_ADVERB_THEN = re.compile(r"(?:,\s+[^,;:]{1,60},)?\s+(?:(?:also|later|then|still|again|repeatedly|[a-z]+ly)\s+)?")


def _person_subject(subject: Mention | None) -> bool:
    """``subject`` is someone: a name, a he or she, or a description headed by a noun of people."""
    if subject is None:
        return False
    if subject.kind == "name":
        return " " in subject.text or not is_common_word(subject.text)  # not "Be warned"
    return subject.is_he_or_she or subject.kind == "description" and head_noun(subject.text) in PERSON_NOUNS


def _colon_clause_subject(sentence: str, appositive: bool) -> Mention | None:
    """The reporter of a clause after a colon lead-in that names no one: "But consider yourself
    warned: Ms. Lutz said she never …" is about Lutz, whose words the sentence reports (and a
    quote after it may be hers), not about the lead-in's "yourself". Only a clause whose subject
    is a person and whose verb, right after it, is one of saying; a lead-in with its own person
    ("Kell was blunt: he said …"), or a subject and a speech verb ("The memo read: …"), keeps its
    subject."""
    lead = _COLON_LEAD.match(sentence)
    own = leading_np(lead.group(1)) if lead is not None else None
    own = None if own is not None and own.kind == "name" and not _person_subject(own) else own  # "Be warned"
    if lead is None or _person_subject(own) or own is not None and SPEECH_VERB.search(lead.group(1)):
        return None  # not "The memo read: …", whose words follow; "Consider yourself warned: …" has no subject
    clause = sentence[lead.end() :]
    subject = leading_np(clause, appositive=appositive)
    if subject is None or not _person_subject(subject):
        return None
    at = clause.lower().find(subject.text.lower())
    gap = _ADVERB_THEN.match(clause, at + len(subject.text)) if at >= 0 else None
    return subject if gap is not None and SPEECH_VERB.match(clause, gap.end()) else None


#: Relative words opening a clause set off by commas inside a sentence (never its subject).
_RELATIVE_OPENERS = frozenset("where which who whom whose".split())


def _country_of_place(pieces: list[str], name: str) -> bool:
    """``name`` is a country or a state set off after a place the piece before names ("Ian
    Musgrave from Adelaide, Australia was …"): the place's country, no appositive of the subject."""
    return (is_country(name) or is_state(name)) and len(pieces) > 1 and PLACE_BEFORE.search(pieces[0]) is not None


#: An em or en dash with no space on one side or both ("Weller—like Kell—believes").
_CLOSED_UP_DASH = re.compile(r"\s*([—–])\s*")
#: A sentence opening on capitalised words (a name, maybe after a title) and such a dash.
_NAME_THEN_CLOSED_UP_DASH = re.compile(rf"\s*(?:[A-Z][\w.{ABBREVIATION_DOT}’'-]*\s+){{0,4}}[A-Z][\w.{ABBREVIATION_DOT}’'-]*[—–](?=\S)")


#: Words of ``INTRO_WORDS`` that may open a hedge on a count of people ("At least two delegates",
#: "About 20 lawmakers"): the subject, no opening phrase.
_HEDGE_OPENERS = frozenset({"at", "about", "over", "under", "around", "up"})


#: An age set off by commas at the end of the words before the verb (``leading_np``).
_SET_OFF_AGE = re.compile(r",\s*\d{1,3}$")


#: Names given as examples after "such as", two or more and listed with commas ("firms such as
#: Acme, Zenco and Brightline"): examples of the noun before them, which the comma list would
#: otherwise cut into pieces whose last reads as the subject (``leading_np``).
_EXAMPLE_NAMES = re.compile(
    r"\s+such\s+as\s+(?:[A-Z][\w’'.&-]*\s+){0,3}?[A-Z][\w’'.&-]*(?:,\s+(?:[A-Z][\w’'.&-]*\s+){0,3}?[A-Z][\w’'.&-]*)*,?\s+(?:and|or)\s+"
    r"(?:[A-Z][\w’'.&-]*\s+){0,3}?[A-Z][\w’'.&-]*(?=\s+[a-z])"
)


#: A list entry's number written without its stop, before a pronoun opening the entry ("6 He said
#: …"): no part of the subject, which is the pronoun (a number before a capitalised pronoun is no
#: count of anything).
_ENTRY_NUMBER = re.compile(r"\d{1,2}")
_CAPITAL_PRONOUNS = frozenset("He She They It We I".split())


def leading_np(sentence: str, *, appositive: bool = True, next_verb: str = "") -> Mention | None:
    """Subject at the start of a sentence (``_leading_np``). A subject read inside a list of
    examples ("More than 600 startups and executives from companies such as Acme, Zenco and
    Brightline signed …": not "Zenco and Brightline") is the noun the examples follow, read with
    them left out, when that is a description, or no one: the examples are not who acted."""
    found = _leading_np(sentence, appositive=appositive, next_verb=next_verb)
    examples = _EXAMPLE_NAMES.search(sentence) if found is not None and " such as " in sentence else None
    if examples is None or found is None or found.text not in examples.group():
        return found
    head = _leading_np(sentence[: examples.start()] + sentence[examples.end() :], appositive=appositive, next_verb=next_verb)
    return head if head is not None and head.kind == "description" else None


def _leading_np(sentence: str, *, appositive: bool = True, next_verb: str = "") -> Mention | None:
    """Subject at the start of a sentence ("Since taking office, Duterte has ..., telling").

    With ``appositive``, a name set off by commas before the first verb we know is the subject
    ("The mayor, Olena Shevchenko, was"); callers that know a verb comes before the commas
    ("Colby flew back to Washington, D.C., and told") pass False. ``next_verb``, when given, is
    the verb that follows ``sentence`` (cut right before it): its number tells a noun phrase from
    a clause ("Job ads across the state | say" is the ads', not Job's)."""
    if "] " in sentence and (stamps := list(TWEET_STAMP.finditer(sentence))):
        # "[0745 EST] - Melania, our great First Lady, …", after the tweet before it ("… control!
        # [0745 EST] - …", one sentence to the splitter): the stamp says when; the subject is after
        # the last one (the tweets before it are sentences of their own)
        sentence = sentence[stamps[-1].end() :]
    if "?" in sentence and (after_verb := after_auxiliary(sentence)) is not None:
        return person_asked(leading_np(after_verb, appositive=appositive))  # "Does he think Pike will win?" -> he
    if ": " in sentence:
        reporter = _colon_clause_subject(sentence, appositive)
        if reporter is not None:
            return reporter  # "Here is the catch: Kell said …"
    if DIGIT.search(sentence) is not None:  # both rewrites need a digit, which most sentences lack
        if AGED_PAIR.search(sentence):
            sentence = APPOSED_AGE.sub(r"\1", sentence)  # "Tom Kell, 49, and Ann Kell, 39, are …": their ages
        sentence = DATE_COMMA.sub(r"\1 ", sentence)  # "In a video dated May 23, 2015, Lark declared": one opening phrase
    if "(" in sentence:
        sentence = _BRACKETED_ACRONYM.sub("", sentence, count=1)  # "The National Rifle Association (NRA) said"
    if any(dash in sentence for dash in DASHES):
        if _NAME_THEN_CLOSED_UP_DASH.match(sentence):
            # an aside after the subject set off by dashes close to its words, read as spaced
            # ones: "Ann Weller—like Tom Kell—believes", as "Ann Weller — like Tom Kell — believes"
            sentence = _CLOSED_UP_DASH.sub(r" \1 ", sentence)
        sentence = DASHED_APPOSITIVE.sub(r"\1, \2, ", sentence, count=1)  # "Hale and Sen. Tom Ruiz - a fellow Ohioan - argued"
    after_with = sentence.split(",", 1)[1].strip() + " " if sentence.lstrip().startswith("With ") and "," in sentence else ""
    if after_with and LEADING_VERB.match(" " + after_with) and not SPEECH_VERB.match(after_with):
        # "… TV show Later... With Jools Holland, booked the group": the with-phrase ends a title a
        # stray full stop cut off, and the verb after it has no subject in this sentence
        return None
    fronted = FRONTED_THEN_APPOSED.match(sentence) if sentence.count(",") >= 3 else None  # (its three commas)
    opening = sentence.split(",", 1)[0].split()
    if fronted is not None and any(w[:1].isupper() for w in opening[1:]):
        first_word = opening[0].lower()  # "Born in Jamaica, …", not a list: "Tom Kell, Ann Lutz, a lawyer, …"
        fronted = fronted if first_word in INTRO_WORDS or first_word in {"born", "now", "once", "with"} or first_word.endswith(("ed", "ing")) else None
    if fronted is not None and clean_name(fronted.group(1)) == fronted.group(1):
        return Mention("name", fronted.group(1))  # "Now 73, Ana Ruiz, a retired nurse, is …"
    kin = ELDER_NAME.match(sentence)
    if kin is not None and clean_name(kin.group(1)):
        # "The elder Vance funds dozens of groups": one of two relatives the text tells apart, so
        # neither the surname (whose fullest form may be the other relative's) nor a description
        # ending on a verb read as a plural noun ("the elder Vance funds dozens")
        return Mention("description", "the " + " ".join(kin.group(0).split()[-2:]))
    cleft = CLEFT_SUBJECT.match(sentence) or CLEFT_WHO.match(sentence)
    focus = clean_name(cleft.group(1)) if cleft is not None else ""
    if focus:
        return Mention("name", focus)  # "Yet it was only recently that Fraser pieced …", "It was Kell who …"
    inverted = LOCATIVE_INVERSION.match(sentence)
    if inverted is not None and inverted.group(1).split()[-1].lower() not in PLACE_HEADS:
        standing = head_of_segment(inverted.group(1))
        if standing is not None and standing.kind == "name":
            return standing  # "Across the street stood Victor Brandt, the mayor.": Brandt, not the role
    set_off_name = role_apposed_name(sentence) if appositive else None
    if set_off_name is not None:
        return set_off_name  # "Her neighbor, a retired firefighter named Gus Odom, called police"
    verbs = [v for v in (first_verb(sentence), SPEECH_VERB.search(sentence)) if v]
    verb = min(verbs, key=lambda v: v.start()) if verbs else None
    pieces = sentence.split(",")
    if appositive and verb and "," in sentence[: verb.start()]:
        apposed = subject_before(sentence[: verb.start()])  # "The mayor, Olena Shevchenko, was"
        # set off by commas, not the subject of a clause inside the piece ("talks about the blame
        # that Wall Street faced")
        # (past an age set off after the name: "At a diner in Gadsden, Dan Pike, 52, said")
        piece = APPOSITIVE_END.split(_SET_OFF_AGE.sub("", sentence[: verb.start()].rstrip(" ,")).rsplit(",", 1)[-1])[0].split()
        # nothing before a relative pronoun: the piece is a relative clause, not an appositive
        # ("Gov. Tom Reyes, whose speech Mrs. Ada Lind praised, left": not Lind)
        set_off = bool(piece) and all(w[:1].isupper() or w in PARTICLES or w == "of" and k for k, w in enumerate(piece))  # "Sen. X of Vermont"
        if apposed is not None and apposed.kind == "name" and set_off and not place_part(pieces, apposed.text) and not _country_of_place(pieces, apposed.text):
            return apposed
        if apposed is not None and apposed.kind in {"description", "unnamed"} and joint_speakers(apposed.text):
            # "Hart, a Democrat, and Cole, a Republican, met"; "In their letter, Tom Reyes, Dan
            # Pike and Ann Lutz repeated" is all three
            return list_after_fronted_phrase(sentence[: verb.start()], apposed) or apposed
    if appositive and verb is None and len(pieces) >= 3:
        # "CNN's chief medical correspondent, Dr. Ana Pell, agrees with Hart": a verb we do not
        # list after a role and the name set off by commas, which is the subject
        role = head_of_segment(pieces[0])
        predicate = pieces[2].split()
        set_off_words = pieces[1].split()
        if (
            role is not None
            and role.kind == "description"
            and predicate
            and predicate[0].islower()
            and predicate[0] not in _NOT_A_PREDICATE
            and set_off_words
            and all(w[:1].isupper() or w in PARTICLES for w in set_off_words)
        ):
            apposed = subject_before(f"{pieces[0]},{pieces[1]},")
            if apposed is not None and apposed.kind == "name" and not place_part(pieces, apposed.text):
                return apposed
    for index, seg in enumerate(pieces):
        seg = LEAD_CONJ.sub("", seg)
        timed = (TIME_BEFORE_SUBJECT.match(seg) or TIMED_OPENER.match(seg) or CHANNEL_OPENER.match(seg)) if index == 0 else None
        rest = seg[timed.end() :].split() if timed is not None else []
        if timed is not None and len(rest) > 1 and (rest[0][:1].isupper() or rest[0].lower() in DETERMINERS):
            # "Last night Tanaiste Leo Varadkar made a claim": the time phrase without its comma
            # opens the clause; the subject follows it (not "On Monday night, …" cut after "Monday")
            seg = seg[timed.end() :]
        if index == 0 and len(pieces) > 1 and pieces[1].strip()[:1].isupper() and whole_time_phrase(seg):
            continue  # "Early last week, Tillerson, a former oil executive, delivered …": when, not who
        words = seg.strip(STRIP).split()
        if index == 0 and len(words) > 2 and words[0].lower() in ADVERB_OPENERS and words[1][:1].isupper():
            after = seg.strip(STRIP)[len(words[0]) :]  # "Then Jordan Ellis took the microphone"
            run = NAME_RUN.match(after.lstrip())
            if run is not None and clean_name(run.group()) and any(w[:1].islower() for w in words[2:]):
                seg, words = after, words[1:]  # not "Later Tuesday, …": no name, the next piece counts
        focused = focus_adverb_on_subject(words)
        if index == 0 and len(words) > 2 and (words[0].lower() in ADVERB_OPENERS and words[1] in {"the", "a", "an"} or focused) and (first_verb(seg) or SPEECH_VERB.search(seg)):
            # also a focus adverb on the subject: "Even a top Republican strategist warned …",
            # "Only one senior aide said …" are the strategist's and the aide's words
            # "Then the floor went to Dr. Alma Frey, a surgeon …": the clause's own subject, not
            # the role apposed to its object after the comma
            seg, words = seg.strip(STRIP)[len(words[0]) :], words[1:]
        if index == 0 and len(words) > 1 and _ENTRY_NUMBER.fullmatch(words[0]) and words[1] in _CAPITAL_PRONOUNS:
            return Mention("pronoun", words[1].lower())  # "6 He said that when Dan Pike asked him …": a list entry's number
        opener = len(words) > 1 and (words[0].lower() in ADVERB_OPENERS or is_sentence_adverb(words[0]))
        if opener and (pronoun := CONTRACTION.sub("", words[1].lower())) in PRONOUN_GENDER:
            return Mention("pronoun", pronoun)  # "Instead he gave a speech", "Later she said"
        # "At least one delegate said", "About 20 lawmakers wrote": a hedged count, before a verb we know
        if words and words[0].lower() in _HEDGE_OPENERS and hedged_count(seg.strip(STRIP)) is not None:
            verb = min((m for m in (first_verb(" " + seg), SPEECH_VERB.search(" " + seg)) if m), key=lambda m: m.start(), default=None)
            # (the whole piece when commas set an aside off before the verb: "At least one delegate, in a statement, said")
            counted = head_of_segment((" " + seg)[: verb.start()] if verb is not None else seg) if verb is not None or len(pieces) > index + 1 else None
            if counted is not None and counted.kind == "description":
                return counted
        if (person := demonstrative_person(words)) is not None:
            return Mention("description", person)  # "This writer has taken it upon himself …"
        if not words or words[0].lower() in INTRO_WORDS and not (len(words) > 1 and words[1] in ELIDED_T) or participle_intro(words):
            # (but "In 't Veld sees …": a Dutch name's particle, no preposition)
            continue
        if index == 0 and len(pieces) > 1 and participle_before_name(words):
            continue  # "Praising Celtic and Rangers for their efforts, she said": the phrase's objects, not its subject
        if index == 0 and len(words) > 1 and words[0] == "Per" and words[1][:1].islower():
            continue  # "Per an aide, Romney will …": the source, as "According to an aide" (not "Per Lund")
        if index and words[0].lower() in {"per", "according"} and len(words) > 1 and words[1][:1].islower():
            continue  # "During his speech, per an aide, Romney will …": the source set off, the subject after it
        if index and is_postal_code(words[0]) and PLACE_BEFORE.search(pieces[index - 1]):
            continue  # "During his speech in Reno, NV at 2 pm, …": the town's state, no one
        if index and words[0].lower() in _RELATIVE_OPENERS:
            # "In Kane County, where most land is federal, Wes Clayburn said …", "At the plant,
            # which employs 400, Ana Ruiz runs …": a relative clause set off, about the phrase
            # before it; the subject comes after it
            continue
        if index == 0 and len(words) == 2 and words[0].lower() in {"a", "an"} and first_of_adjectives(words[1], pieces[1:]):
            # "An agreeable, funny woman in her 80s, Jane Starner lives …": no "an agreeable"; the
            # description goes on in the next piece
            return leading_np(f"{seg.strip()} {sentence.split(',', 1)[1].strip()}", appositive=appositive)
        fronted = FRONTED_DESCRIPTION.fullmatch(seg.strip()) if index == 0 and len(pieces) > 1 else None
        named = NAME_THEN_VERB.match(pieces[1].strip()) if fronted is not None and fronted.group(1).lower() in PERSON_NOUNS else None
        if named is not None and clean_name(named.group(1)) == named.group(1) and len(named.group(1).split()) > 1:
            return Mention("name", named.group(1))  # "A funny woman in her 80s, Jane Starner lives …"
        if index == 0 and len(pieces) > 1 and fronted_predicate(words, pieces[1]):
            continue  # "The son of a village imam, he had tried many jobs": he, not "the son"
        if index == 0 and len(pieces) > 1 and TIME_PHRASE.fullmatch(" ".join(words)):
            continue  # "The next morning, you could feel the Internet …": when, not who
        if len(pieces) > index + 1 and words[0].lower() == "with" and len(words) > 1 and not any(w[:1].isupper() for w in words[1:]):
            continue  # "(So,) with days to go before the vote, Marlow quit": when, not who (no one named)
        if index == 0 and len(pieces) > 1 and words[0] == "With" and any(w.endswith(("ing", "ed")) for w in words[2:]):
            # "With U.S. money drying up, contractors such as Osmani …": a phrase set off, not "U.S"
            # (a with-phrase naming a person and no participle stays: "With septuagenarian Donald
            # Trump, there's not much chance of that" is about him, the "he" of what follows)
            continue
        if index == 0 and len(pieces) > 1 and past_participle_intro(words):
            continue  # "Pressed by reporters, Senator Mia Lord rejected …"
        if index == 0 and len(pieces) > 1 and TIME_ADVERBIAL.fullmatch(" ".join(words)):
            continue  # "Early on, he lost …", "But years later, she …": when, not who
        if is_adverb_opener(words) or (words[-1].lower() == "ago" and len(pieces) > index + 1):
            continue  # "Similarly, the agency …", "There, the chairman …", "Just a few months ago, …"
        if index and PLACE_BEFORE.search(pieces[index - 1]) and all(w[:1].isupper() for w in words):
            continue  # "in Salem, New Hampshire, Trump went": the state of a place, not the subject
        placed = PLACE_BEFORE.search(pieces[index - 1]) if index == 1 and words and (is_country(words[0]) or is_state(words[0])) else None
        if placed is not None:
            # "Ian Musgrave from Adelaide, Australia was clouded out": the country of the place
            # the subject is from; the subject stands before the place
            run = NAME_RUN.match(pieces[0].strip(STRIP))
            from_place = clean_name(run.group()) if run is not None and run.end() <= placed.start() + 1 else ""
            if len(from_place.split()) > 1:
                return Mention("name", from_place)
        if index and PLACE_NOUN_END.search(pieces[index - 1]) and all(w[:1].isupper() for w in words):
            continue  # "near the state capital, Columbus, city official Ann Roe said": the place's name
        if words[0].lower() in INTRO_ADVERBS and words[1:2] and (words[1].lower() in INTRO_WORDS or words[1:] == ["home"]):
            continue  # "Shortly after the call ended, …", "But back on American soil, …", "Back home, …"
        if index == 0 and len(pieces) > 1 and place_opener(words) and not (first_verb(" " + seg) or SPEECH_VERB.search(seg)):
            continue  # "Nearby, …", "Closer to home, …", "Two doors down, …", "Not far away, …"
        cut = min((m.start() for m in (first_verb(" " + seg), SPEECH_VERB.search(" " + seg)) if m), default=len(seg) + 1)
        present = third_person_verb(" " + seg)
        if present is not None and present < cut:
            cut = present  # "Tom Reyes admires Dan Lutz", "Kell believes Lutz will win": Reyes, Kell
        marks = len(seg.lstrip()) - len(seg.lstrip(STRIP))
        if marks and cut <= len(seg):
            # '“Morning Desk,” Kell's pollster and strategist Ann Roe lashed out': the closing mark
            # opening the piece is stripped from the subject below, so the verb's offset shifts too
            cut -= marks
        if DISJUNCTION.search(" " + seg.strip(STRIP)[: max(0, cut - 1)] + " "):
            return None  # "Neither Park nor Reyes said …": no one of them for sure
        if (pronoun := CONTRACTION.sub("", words[0].lower())) in PRONOUN_GENDER:
            return Mention("pronoun", pronoun)
        subject = " " + seg.strip(STRIP)
        named_pair = NAMES_BEFORE_WORD.match(subject) if cut > len(seg) and " and " in subject else None
        if named_pair is not None:
            cut = named_pair.end()  # "Obama and Biden place flowers …": a verb we do not list
        if " and " in subject[:cut] or " & " in subject[:cut] or " as well as " in subject[:cut]:
            joint = coordination(subject[:cut], subject[cut:], read_head=head_of_segment) or subject_couple(subject[:cut])
            if joint is not None:
                return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz toured …": both
        group = group_subject(seg, words)
        if group is not UNDECIDED:
            return group
        in_name = organisation_name_length(words)
        after_name = in_name
        while after_name < len(words) and (words[after_name] in ADVERB_OPENERS or re.fullmatch(r"[a-z]+ly", words[after_name])):
            after_name += 1  # "Americans for Prosperity then ran …", "… also said"
        verb_next = after_name < len(words) and bool(LEADING_VERB.match(" " + words[after_name] + " ") or SPEECH_VERB.match(words[after_name]))
        if in_name and verb_next and words[in_name - 1] == words[in_name - 1].rstrip(STRIP):
            # "Citizens for Responsibility and Ethics in Washington filed": not "Washington"
            return organisation_name(" ".join(words[:in_name]))
        modifier = bool(in_name) and in_name < len(words) and words[in_name][:1].islower()  # "Bank of America shares fell"
        # (not a quantifier opening a group: "Other former CIA officers said" is the officers, not "CIA")
        if not modifier and words[0][:1].isupper() and words[0].lower() not in DETERMINERS | _GROUP_QUANTIFIERS and not capitalised_adjective(words):
            # "Clinton talks about ..." -> Clinton; "Clinton press secretary Brian Fallon issues" -> Brian Fallon
            capitalised = capitalised_subject(seg, words, index, pieces, next_verb, present)
            if capitalised is not UNDECIDED:
                return capitalised
        seg = " " + seg.strip(STRIP)
        named = _NAMED_SUBJECT.match(seg) if " named " in seg or " as " in seg else None
        if named is not None and named.group(1) not in ORGANISATION_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS:
            return Mention("name", clean_name(named.group(2)) or named.group(2))  # "A freshman named X posted"
        cuts = [m.start() for m in (first_verb(seg), SPEECH_VERB.search(seg)) if m]
        unknown_verb = VERB_BEFORE_OBJECT.search(seg, 0, min(cuts, default=len(seg)))
        if unknown_verb is None and words[0].lower() in DETERMINERS:
            unknown_verb = verb_before_name(seg, min(cuts, default=len(seg)))
        end = unknown_verb.start() if unknown_verb is not None else min(cuts, default=len(seg))
        if words[0].lower() in DETERMINERS:
            # "The ministry plans to close …" -> the ministry; also before a verb read later ("The
            # group seeks to end the war": "end" before its object ends no phrase "the group seeks")
            end = verb_after_head(seg, end)
        elif words[0].lower() not in DETERMINERS:
            end = verb_after_name(seg, end)  # "commissioner Wes Clayburn plans to …" -> Clayburn
        head = head_of_segment(seg[:end])
        if end == len(seg) and head is not None and head.kind == "description" and index + 2 < len(pieces):
            return apposed_name(head, pieces[index + 1], seg) or head
        return head
    return None

