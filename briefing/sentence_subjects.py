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
it) and ``subject_words`` (what one word of the piece is).
"""

from __future__ import annotations

import re

from .affiliated_names import person_of_body
from .appositives import TIME_BEFORE_SUBJECT, TIMED_OPENER, past_participle_intro
from .bare_sources import hedged_count
from .contact_relatives import WRITES, name_after_documents
from .given_names import given_name_gender
from .groups import crowd_of, every_member, group_of, people_noun
from .head_edges import ADJECTIVE_WORDS
from .head_patterns import CONTRACTION, DISJUNCTION, LEAD_CONJ, long_described_head, subject_couple
from .joint_phrases import joint_speakers
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import (
    ELIDED_T,
    NAME_RUN,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVE,
    TITLE_WORDS,
    clean_name,
    name_pattern,
    participle_intro,
)
from .offices import holder_of_office, title_of_office
from .opening_phrases import CHANNEL_OPENER, TWEET_STAMP, participle_before_name, whole_time_phrase
from .organisation_names import (
    DETERMINERS,
    PLURAL_PERSON_NOUNS,
    STRIP,
    organisation_name,
    organisation_name_length,
)
from .question_subjects import after_auxiliary, person_asked
from .role_apposed_names import role_apposed_name
from .sentence_adverbs import is_adverb_opener, is_sentence_adverb
from .speaker_heads import coordination, head_of_segment
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
    before_first_verb,
    list_after_fronted_phrase,
    name_as_modifier,
    place_part,
    placed_noun,
    verb_after_head,
    verb_after_name,
    verb_before_name,
)
from .subject_words import (
    capitalised_adjective,
    demonstrative_person,
    inner_particle,
    modified_group,
    national_group,
    noun_before_verb,
    role_noun,
    speech_word_modifier,
    thing_word,
    third_person_verb,
    verb_word,
)
from .wordlists import is_common_word, is_country, is_demonym, is_postal_code, is_state

#: Words right after a capitalised common word that make it a command, not a name: "Click this
#: link", "Read our privacy notice", "Sign up", "Scroll down" (a boilerplate line of a page).
_IMPERATIVE_OBJECTS = frozenset("this that these those the a an our your here there up down below above out".split())

#: A capitalised adjective or participle ("Striking", "Angry", "Frustrated") before a group noun.
_ADJECTIVE_BEFORE_GROUP = re.compile(r"[A-Z][a-z]+(?:ing|ed|y|ful|ous|al|ive|ic|ent|ant)")


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


#: Lower-case verbs among ``TITLE_WORDS`` (there for "Asked about it, Sen. X …"): after a name they
#: end the subject, "Gov. Anne Holt asked Paul Hale to resign" is about Holt.
_VERBS_IN_TITLE_WORDS = frozenset({"asked", "speaking"})


#: Words after "Name's" that make the "'s" a contracted "has"/"is", not a possessive ("Christie's
#: been making the case", "Rubio's not ready").
_AFTER_CONTRACTED_IS = frozenset({"been", "got", "gotten", "not", "never", "going", "gone"})


#: Nouns of an account or page on a named platform ("X account", "Facebook page").
_PLATFORM_HEADS = frozenset({"account", "page", "feed", "channel", "handle", "profile"})
#: Lower-case words after a name set off by commas that open no predicate of it.
_NOT_A_PREDICATE = frozenset("and or but nor who whom whose which where when while as if than".split())

#: Words that open an object right after a verb: a capitalised common word before one opens a
#: sentence in the imperative ("Allow the dermatologist to …"), not a name before its verb.
_OBJECT_OPENERS = frozenset("the a an this that these those his her their our my your me us him them".split())


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


#: Bare verbs of a fixture a club takes in the plural before the other side's name ("Dunmore host
#: Ashby", "Rovers face Ashby"), which read as a noun the club's name modifies otherwise.
_FIXTURE_VERBS = frozenset("host face play meet visit entertain".split())


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


#: An owned role of up to six lower-case words and the name of its holder before a lower-case
#: word (the verb): "Trump's current national security adviser H.R. McMaster said" (group 1: the
#: role's noun, group 2: the name).
_OWNED_ROLE_THEN_NAME = re.compile(
    r"\s*(?:[A-Z][\w.․’'-]*\s+){0,3}[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,5}([a-z][\w-]*)\s+((?:[A-Z][\w.․’'-]*\s+){0,3}[A-Z][\w’'-]+)(?=\s+[a-z])"
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
            joint = coordination(subject[:cut], subject[cut:]) or subject_couple(subject[:cut])
            if joint is not None:
                return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz toured …": both
        group_verb = first_verb(" " + seg.strip(STRIP))
        related = group_of(seg.strip(STRIP)[: group_verb.start()]) if group_verb is not None and group_verb.start() > 0 else None
        if related is not None:
            return related  # "Supporters of the mayor chanted"
        crowd = crowd_of(seg)
        if crowd is not None:
            return crowd  # "Hundreds of workers gathered"
        every = every_member(seg)
        if every is not None:
            return every  # "Every Democrat on the committee signed": all of them, a group
        if len(words) > 2 and _ADJECTIVE_BEFORE_GROUP.fullmatch(words[0]) and is_common_word(words[0].lower()):
            if words[1] in GROUP_NOUNS or words[1] in PLURAL_PERSON_NOUNS:
                # "Striking teachers marched …", "Angry parents packed …": an adjective capitalised
                # only as the sentence's first word, and a group
                return Mention("description", f"{words[0].lower()} {words[1]}")
        if words[0].lower() in _QUANTIFIERS and len(words) > 1 and words[1][:1].isupper():
            # "Some Republicans are questioning", "Many Kell allies insist": a group of a party, a
            # nation or someone's side, shown whole when the head reader finds one
            verb_at = next(
                (k for k, w in enumerate(words) if k > 1 and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.match(w) or w in _GROUP_AUXILIARIES)),
                len(words),
            )
            group = head_of_segment(" " + " ".join(words[:verb_at]) + " ")
            if group is not None and group.kind == "description" and group.text.lower() not in _QUANTIFIERS:
                return group
        those = words[0].lower() == "those" and len(words) > 2 and words[1] in _THOSE_OPENERS
        # (its verb, not an -ing form, "Those who use cargo-cult reasoning (“…”)"; or the end of a
        # clause cut right before its verb)
        plain_words = not any(c in seg for c in "(“”\"·")
        verb_at = next(
            (k for k, w in enumerate(words) if k > 1 and not w.endswith("ing") and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.fullmatch(w))),
            len(words) if plain_words else 0,
        ) if those else 0
        if those and 2 < verb_at <= _LONGEST_THOSE:
            # "Those close to Kell say", "those around him acknowledge", "Those who know him best
            # say": people described by where they stand, as written
            return Mention("description", " ".join(["those", *words[1:verb_at]]))
        quantified = words[0].lower() in _QUANTIFIERS and len(words) > 1 and _QUANTIFIED_NOUN.fullmatch(words[1]) is not None
        if quantified and not (LEADING_VERB.match(" " + words[1] + " ") or SPEECH_VERB.match(words[1])):
            # "Some government departments ran checks", "Some people thought": the noun phrase
            # ("some people", "some government departments"); never a bare "some"
            verb_at = next((k for k, w in enumerate(words) if k > 1 and (LEADING_VERB.match(" " + w + " ") or SPEECH_VERB.match(w))), len(words))
            head = head_of_segment(" " + " ".join(words[:verb_at]) + " ")
            if head is not None and head.text.lower() not in _QUANTIFIERS:
                return head
            # (as written after the quantifier: "many close to Kell", not "kell")
            return Mention("description", " ".join([words[0].lower(), *words[1:verb_at]])) if verb_at <= _LONGEST_QUANTIFIED else None
        modified = modified_group(words) or national_group(words)
        if modified:
            return Mention("description", modified)  # "Top congressional Democrats defended …", not "Top"; "US officials said"
        if words[0].lower() in GROUP_NOUNS and len(words) > 2 and words[1] in ADJECTIVE_WORDS:
            close = head_of_segment(before_first_verb(seg))
            if close is not None and close.kind == "description" and close.text.lower().startswith(words[0].lower() + " "):
                return close  # "People familiar with the talks went further": not "people"
        if words[0].lower() in GROUP_NOUNS:
            owned_name = _OWNED_NAME_OPENING.match(seg.strip(STRIP)) if words[0][:1].isupper() else None
            if owned_name is not None and clean_name(owned_name.group(1)):
                return Mention("name", clean_name(owned_name.group(1)))  # "Media Research Center’s Bozell agrees": Bozell
            # (a title's role in capitals too: "Police Chief Ann Roe")
            role_name = NAME_RUN.match(" ".join(words[2:])) if len(words) > 2 and role_noun(words[1].lower()) else None
            holder = clean_name(role_name.group()) if role_name is not None else ""
            if holder and (len(holder.split()) > 1 or given_name_gender(holder) is not None):
                return Mention("name", holder)  # "Police chief Ann Roe said", "Police Chief Ann Roe": the chief, not the police
            return Mention("description", words[0].lower())  # "Thousands marched …", "Critics say"
        placed_people = len(words) > 2 and words[0].lower() in PLURAL_PERSON_NOUNS and is_common_word(words[0]) and words[1] in _PLACING_WORDS
        people = head_of_segment(before_first_verb(seg)) if placed_people else None
        if people is not None and people.kind == "description":
            return people  # "Politicians in Britain condemned Trump": people of a kind, not the place they are in
        if (
            people is None
            and len(words) > 2
            and words[1] in _PLACING_WORDS
            and words[0].lower().endswith("s")
            and is_common_word(words[0])
            and not LEADING_VERB.match(f" {words[0]} ")
        ):
            return None  # "Markets in Tokyo showed “…”", "Shares in Apple rose": things, placed; not the place
        if (
            len(words) > 3
            and words[1] in PLURAL_PERSON_NOUNS
            and words[2] in _PLACING_WORDS
            and words[0].lower() not in DETERMINERS
            and is_common_word(words[0].lower())
            and not words[0].endswith("s")
            and not LEADING_VERB.match(f" {words[0]} ")
        ):
            # "(But) protest organizers in Cleveland say", "union leaders in Ohio warned": a noun
            # and the people of it, placed
            return Mention("description", f"{words[0].lower()} {words[1]}")
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


#: Quantifiers that are a group subject on their own ("Some say", "Many believe"), and the plain
#: lower-case word that makes them a determiner instead ("Some government departments").
_QUANTIFIERS = frozenset({"some", "many", "both", "others"})
#: A capitalised body's name owning a capitalised name at the start of a sentence, the verb in lower
#: case after it ("Media Research Center’s Bozell agrees", "Police Department’s Chief Ana Ruiz
#: wants"; group 1 the owned name): the person, whose body's first word may be a group noun.
_OWNED_NAME_OPENING = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){1,5}?[A-Z][\w&.-]*[’']s\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)(?=\s+[a-z])"
)
_QUANTIFIED_NOUN = re.compile(r"[a-z][a-z-]+")
#: Words after "those" that describe people ("those close to him", "those who know him").
_THOSE_OPENERS = frozenset("close closest around near familiar inside within who in at".split())
_LONGEST_THOSE = 7
_LONGEST_QUANTIFIED = 4
#: Auxiliaries that end a group before its verb ("Some Germans are questioning").
_GROUP_AUXILIARIES = frozenset("are were have had will would could can may might must should also still now".split())


#: Prepositions placing people of a kind ("Politicians in Britain", "Farmers across Iowa").
_PLACING_WORDS = frozenset("in at from across around outside inside near throughout".split())
