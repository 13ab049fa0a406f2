"""Which person, group or thing a "he", "she", "they" or "it" means, for ``salience.SubjectIndex``.

The referent is the most recent subject or speaker the index registered whose gender fits.
Gender comes from the text first (an honorific, a gendered role noun, a pronoun already tied to
the name); when the text is silent, an unambiguous given name or a title ("Hillary …", "Queen
…", ``given_names.py``) can only rule a referent out. A pronoun with no fitting referent close
enough gets no speaker, and neither does one that two referents fit alike. A mixin, so the index
keeps one interface: ``SubjectIndex`` inherits ``PronounResolution``, whose methods only read the
entries the index registered.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import chain
from typing import TYPE_CHECKING

from .given_names import given_name_gender
from .group_pronouns import SELF_NAMING, body_before_quote, body_of_time_clause
from .lone_antecedent import lone_person_before
from .names import NameRegistry
from .referents import POSSESSIVE_GENDER, Referent, people_group
from .sentence_subjects import leading_np
from .speaker_kinds import names_organisation
from .speech_lexicon import PRONOUN_GENDER
from .speech_verbs import SPEECH_VERB, first_verb
from .word_search import word_spans
from .wordlists import MONTH_ALTERNATION, WEEKDAY_NAMES

#: A role owned by a possessive pronoun: "His doctor", "her lawyer", "one of his aides" (group 1: the possessive).
_OWN_ROLE = re.compile(r"(?:[Oo]ne\s+of\s+)?([Hh]is|[Hh]er)\s+[a-z]")
#: How far past a pronoun its own sentence's subject may stand (characters): "In what he called a
#: “rant” at a news conference that ran long, President Obama …".
_SENTENCE_AHEAD = 300
#: Third-person pronouns of each gender, read in a quote's own words.
_THIRD_PERSON = {
    "m": re.compile(r"(?<![\w’'])(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)(?![\w’'])"),
    "f": re.compile(r"(?<![\w’'])(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)(?![\w’'])"),
}
#: A sentence opening on a "he" or a "she": the text already takes someone for that gender.
_SUBJECT_PRONOUN = {"m": re.compile(r"(?:^|[.!?]\s+)He\b"), "f": re.compile(r"(?:^|[.!?]\s+)She\b")}
#: How many referents back the same description is looked for (``_described_gender``).
_SAME_DESCRIPTION_LOOKBACK = 20
#: A he or she as a word (in a description's own sentence; opening a list's entry, ``list_entries``).
HE_OR_SHE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he)(?![\w’'-])")
#: A sentence opening on "He" or "She" (group 1), maybe after a quotation mark.
_OPENING_PRONOUN = re.compile(r"\s*[“\"‘']?(He|She)(?![\w’'-])")
#: "it" looks back less far than "he" or "she" (about two short paragraphs): organisations are
#: named again sooner.
MAX_THING_DISTANCE = 800
#: A referent further back than this (in characters, about five short news paragraphs) is not
#: what a pronoun means: the writer would have named the person again.
MAX_DISTANCE = 2000

#: A sentence opening on a he or she reporting a clause: "He said Mr Pike …" (group 1: the pronoun).
_REPORTER_THEN_CLAUSE = re.compile(r"\s*(He|She)\s+(?:also\s+|further\s+)?(?:said|says|added|claimed|explained|alleged|told\s+\w+)\s+(?:that\s+)?")
#: A role set off after a name, closing its sentence or not: ", a former chemist," (``_gendered_since``).
_ROLE_SET_OFF_AFTER = re.compile(r",\s+(?:a|an|the)\s+[^,;:.“”()]{1,80}[,.]")
#: A role right before a name set off by a comma: "its associate director, " (``_gendered_since``).
_ROLE_BEFORE_SET_OFF = re.compile(r"\b[a-z]{3,},\s+$")
#: A lower-case word (``_bare_word_after_person``: the verbs after a name).
_WORDS = re.compile(r"[a-z]+")
#: The end of a whole word, then the rest of its clause up to 80 characters (``word_spans`` after
#: a name: "Dalby said he will not …").
_WORD_THEN_CLAUSE = re.compile(r"(?![\w’'-])[^.!?;“”\"]{0,80}")
#: "its", a body's possessive: "Vexmoor said its profits fell" speaks of a firm.
_ITS = re.compile(r"(?<![\w’'-])[Ii]ts(?![\w’'-])")
#: A word of a name mixing capitals and digits ("QZ8501", "A320"): no person's name (but "a
#: 21-year-old resident" is a person).
_CODE_NAME = re.compile(r"\b[A-Z][A-Za-z]*\d\w*")


#: A name as written from where a referent stands, an apposition set off by commas ("Tom Vance,
#: Cole's lawyer,") or the comma closing one the name is ("Cole's lawyer, Tom Vance,") and an
#: auxiliary: what may stand between a subject and its verb.
_NAME_TO_VERB = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}?[A-Z][\w’'.-]*(?:\s*,[^,.;:“”\"]{1,80},|\s*,)?\s+(?:(?:has|had|also|then|later)\s+){0,2}(?=[a-z])")


#: A possessive determiner before a noun or a date ("her comment", "his Tuesday remarks").
_POSSESSIVE_AT = re.compile(
    rf"(?:[Hh]er|[Hh]is)\s+(?:[a-z]|(?:19|20)\d\d\s|(?:{MONTH_ALTERNATION}|{'|'.join(WEEKDAY_NAMES)})\s)"
)


#: A subordinating conjunction right before a clause's subject, maybe past a phrase set off by
#: commas: "Democrats want to question Ann Weller because, in October, [she told …]".
_SUBORDINATE_BEFORE = re.compile(r"(?<![\w’'])(?:because|after|when|since|although|though|while|before|until)(?:\s*,[^,.;:“”\"]{1,40},)?\s+$")


#: A definite epithet: an age, a title of sport or a seat in a parliament standing for a person
#: named before ("the 34-year-old", "the confident 23-year-old", "the former world champion", "the
#: Salford MP", "the East Midlands MEP").
_EPITHET = re.compile(r"the\s+(?:[\w-]+\s+){0,3}?(?:\d{1,3}-year-old|champion|MP|MEP|MSP)")


#: How far (in characters) a singular "they" reaches back to its one ungendered person.
_SINGULAR_THEY_DISTANCE = 200
#: A quote in the first person singular, and one in the plural.
_ONE_SPEAKER = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")
_MANY_SPEAKERS = re.compile(r"\b(?:we|us|our|we're|we’re)\b", re.IGNORECASE)


def _rival_names(one: str, other: str) -> bool:
    """Two names of bodies that are no form of one another ("Sina", "Tencent"; not "CEFC" and "CEFC
    China Energy", nor "the company", which may be the named one again)."""
    return one[:1].isupper() and not set(one.split()) & set(other.split())


class PronounResolution:
    """``SubjectIndex``'s pronoun resolution: ``resolve`` ("he", "she"), ``resolve_they``,
    ``resolve_it`` and ``rival_of_known_gender``, reading the index's registered entries."""

    # set by ``SubjectIndex.__init__``
    _registry: NameRegistry
    _entries: list[Referent]
    _things: list[Referent]
    _groups: list[Referent]
    _sentence_starts: list[int]
    _joints: dict[int, list[tuple[str, str | None]]]
    _kin_names: dict[int, tuple[set[str], str]]

    if TYPE_CHECKING:  # ``SubjectIndex``'s own

        def _apposed_person(self, name: str, position: int) -> bool: ...

    def resolve_they(self, position: int, quote: str = "", *, before_sentence: int = -1) -> str | None:
        """See ``_resolve_they``; with no referent found there, the body that spoke in the sentence
        right before the quote (``group_pronouns``: "Velvet Crane Productions said … . “…,” they said")."""
        found = self._resolve_they(position, quote, before_sentence=before_sentence)
        return found if found is not None else self._body_before_quote(position, "they", quote)

    def _body_before_quote(self, position: int, pronoun: str, quote: str) -> str | None:
        """``group_pronouns.body_before_quote``, when the index registered no one, no thing and no
        group from the body's sentence on but the body itself."""
        found = body_before_quote(self._registry.body, self._sentence_starts, position, pronoun, quote)
        if found is None and pronoun == "they":
            found = body_of_time_clause(self._registry.body, self._sentence_starts, position, quote)
        if found is None:
            return None
        since, name = found
        key = name.lower().removeprefix("the ")
        registry = self._registry
        if name.islower() and " " not in name:
            # a plural the sentence opened on ("Villagers gathered"): no one of that name
            word = name.capitalize()
            if word in registry.persons or registry.gender_of(word) is not None or registry.fullest(word, position) != word:
                return None  # "Waters", "Maxine Waters" before

        def person(other: str) -> bool:
            """A person, whom an "it" never means (a "they" may mean anyone)."""
            return pronoun == "it" and (other in registry.persons or registry.gender_of(other) is not None)

        for referents in (self._entries, self._things) if pronoun == "it" else (self._entries, self._things, self._groups):
            later = referents[bisect_left(referents, Referent(since, "")) : bisect_left(referents, Referent(position, ""))]
            if any(r.name.lower().removeprefix("the ") != key and not person(r.name) for r in later):
                return None  # someone or something else the pronoun may mean (an "it" no person)
        if any(other.lower().removeprefix("the ") != key and not person(other) for other in registry.names_between(since, position)):
            return None  # another name written since, maybe another body: "… by the Vexcorp board"
        return name

    def _resolve_they(self, position: int, quote: str = "", *, before_sentence: int = -1) -> str | None:
        """ "they said": the group of people that is the latest subject or speaker before
        ``position`` ("Officials in Dayton met with Gov. Ann Hart. '…,' they said"), within a
        paragraph or two; none when a person, an organisation or a document came after it
        ("Gov. Ann Hart met officials …": the officials are no subject, so no one is sure). A thing
        of the sentence the quote stands inside (from ``before_sentence``) is what they spoke of
        ('The plan was “…,” they said')."""
        position = before_sentence if 0 <= before_sentence < position else position
        groups = self._groups[: bisect_left(self._groups, Referent(position, ""))]
        if not groups or position - groups[-1].position > MAX_THING_DISTANCE:
            return self._singular_they(position, quote)
        group = groups[-1]
        if len(groups) > 1 and 0 <= groups[-2].since == group.since and groups[-2].name != group.name:
            return None  # "The nurses walked out, and the doctors joined them": either group
        for others in (self._entries, self._things):
            later = others[bisect_left(others, Referent(group.position + 1, "")) : bisect_left(others, Referent(position, ""))]
            # the group's own name as a speaker since ('Big Machine have denied it. “A,” they
            # said. “B.”'): a body a "they" went to is registered as a name, and is no one else
            if any(e.name != group.name for e in later):
                return None
        return group.name

    def _singular_they(self, position: int, quote: str) -> str | None:
        """A "they" for one person the text keeps ungendered ("The ex-partner suspected fraud.
        “…,” they testified"): the last subject before it, when it is a description with no
        gender, in the sentence just before (no other person or thing subject since)."""
        if not _ONE_SPEAKER.search(quote) or _MANY_SPEAKERS.search(quote):
            return None  # the words of one ("I saw"), not of a group ("we")
        people = self._entries[: bisect_left(self._entries, Referent(position, ""))]
        if not people or position - people[-1].position > _SINGULAR_THEY_DISTANCE:
            return None
        ungendered = [e for e in people if e.gender is None and not (e.name[:1].isupper() and self._registry.gender_of(e.name) is not None)]
        if not ungendered:
            return None
        last = ungendered[-1]
        people = [e for e in people if e.position <= last.position or e in ungendered]
        if last.name[:1].isupper() or last.gender is not None or not last.name.lower().startswith("the "):
            return None
        mates = [e for e in people[:-1] if e.position >= max(last.since, 0) and e.position > last.position - _SINGULAR_THEY_DISTANCE]
        if any(e.gender is None and self._registry.gender_of(e.name) is None for e in mates):
            return None  # another person of the sentence the "they" may mean as well
        later = self._things[bisect_left(self._things, Referent(last.position + 1, "")) : bisect_left(self._things, Referent(position, ""))]
        return None if later else last.name

    def resolve_it(self, position: int, since: int = -1, *, spoken: bool = True, before_sentence: int = -1) -> str | None:
        """See ``_resolve_it``; with no referent found there, an "it" of a verb of saying may mean
        the body that spoke in the sentence right before the quote (``group_pronouns``: "The
        Harbour Trust warned … . “…,” it noted")."""
        found = self._resolve_it(position, since, spoken=spoken, before_sentence=before_sentence)
        if found is None and since < 0 and (spoken or self._names_itself(position)):
            return self._body_before_quote(position, "it", "")
        return found

    def it_after_own_subject(self, position: int) -> bool:
        """The "it" at ``position`` stands inside a sentence that opened on a subject of its own,
        a name or a description, with no quote before the pronoun: "Vance on Monday summoned the
        envoy over what it called “…”" is Vance's, bound in its sentence, not the turn of the body
        quoted paragraphs before (an "it" opening its sentence or cueing a quote that opens it may
        go on with that turn: "It also said “…”")."""
        starts = self._sentence_starts
        at = bisect_right(starts, position) - 1
        if at < 0:
            return False
        before = self._registry.body[starts[at] : position].rstrip(" “\"‘'")  # up to the quote's own mark
        if not before.strip() or any(mark in before for mark in "“”\""):
            return False
        subject = leading_np(before)
        return subject is not None and subject.kind in {"name", "description"}

    def end_of_sentence(self, position: int) -> int:
        """The last offset of the sentence ``position`` stands in (of the paragraphs read so far): a
        subject read after it is one the text turned to after what stands at ``position``."""
        starts = self._sentence_starts
        following = bisect_right(starts, position)
        return starts[following] - 1 if following < len(starts) else position

    def _names_itself(self, position: int) -> bool:
        """The quote at ``position`` is what an "it" opening its sentence calls itself ("It
        describes itself as a “…”"): no verb of saying, but the body's own words."""
        starts = self._sentence_starts
        at = bisect_right(starts, position) - 1
        return at >= 0 and SELF_NAMING.fullmatch(self._registry.body, starts[at], position) is not None

    def _resolve_it(self, position: int, since: int = -1, *, spoken: bool = True, before_sentence: int = -1) -> str | None:
        """ "it said": the organisation or document most recently a sentence subject or a speaker
        ("The ministry rejected the claims. '…,' it said"), within a paragraph or two (and after
        ``since``, when given). A name that is a body only by what the text leaves unsaid needs a
        verb of saying (``spoken``): 'It moved conversations from “…”' is about a thing. The "it"
        of a cue after a quote inside a sentence that starts at ``before_sentence`` is no thing of
        that sentence: 'The plan was “dead on arrival,” it said' reports what "it" said of the plan."""
        bound = before_sentence < 0 and self.it_after_own_subject(position)
        position = before_sentence if 0 <= before_sentence < position else position
        before = self._things[: bisect_left(self._things, Referent(position, ""))]
        if before and position - before[-1].position <= MAX_THING_DISTANCE and before[-1].position > since:
            last = before[-1]
            if bound and bisect_right(self._sentence_starts, last.position) < bisect_right(self._sentence_starts, position):
                # "Vance summoned the envoy over what it called “…”": Vance, no body before
                return self._closing_body(position)
            if last.inferred and not spoken:
                return None
            if last.joint >= 0 and any(t.joint == last.joint and t.name != last.name for t in before[-6:-1]):
                return None  # "The Health Ministry and the Finance Ministry rejected it": either
            starts = self._sentence_starts
            sentence = starts[bisect_right(starts, last.position) - 1] if starts and starts[0] <= last.position else last.position
            if last.name[:1].isupper() and any(t.position >= sentence and _rival_names(t.name, last.name) for t in before[-6:-1]):
                return None  # "Sina posted a notice, and Tencent said it was looking into it": either
            return last.name
        return self._closing_body(position) if bound else None

    def _closing_body(self, position: int) -> str | None:
        """The body a closing attribution of the sentence ``position`` stands in names ("Vance
        summoned the envoy over what it called “…”, the Foreign Office said"): the sentence is its
        report, so the "it" its own subject cannot be (a person, a country) is the source's. One
        body registered after ``position`` in the sentence, none when more."""
        starts = self._sentence_starts
        following = bisect_right(starts, position)
        end = starts[following] if following < len(starts) else len(self._registry.body)
        names = {t.name for t in self._things[bisect_right(self._things, Referent(position, "")) : bisect_left(self._things, Referent(end, ""))]}
        return names.pop() if len(names) == 1 else None

    def _partner_fits(self, entry: Referent, want: str) -> bool:
        """Another person of ``entry``'s joint subject whose gender, as far as the text, a role
        noun or a given name tells it, fits ``want`` too."""
        kin, kin_name = self._kin_names.get(entry.joint, (set(), ""))
        for name, gender in self._joints.get(entry.joint, []):
            name = kin_name if name.lower() in kin else name
            full = self._registry.fullest(name, entry.position) if name[:1].isupper() else name
            if entry.name in {name, full}:
                continue
            same = [e for e in self._entries if e.joint == entry.joint and e.name in {name, full}]
            if same and any(self._fits(e, want) for e in same):
                return True
            if not same and (gender or self._registry.gender_of(full)) in {None, want}:
                return True
        return False

    def _aside_fits(self, entry: Referent, want: str, quote: str, position: int) -> bool:
        """A person written before ``entry``, the subject of the same sentence, fits ``want`` too,
        and the quote speaks of someone of that gender: "Dan Pike's father, Tom, ran the diner.
        “He never took a day off,” he said" may be either man speaking of the other. Not when
        ``entry`` reported words in the sentence just before the pronoun's: "Cole's lawyer, Tom
        Vance, said the actor was relieved. “He wants to move on,” he said" goes on with the
        lawyer's turn, the one the text just had speak (of the actor, the quote's "he")."""
        if entry.aside or not 0 <= entry.since < entry.position or not _THIRD_PERSON[want].search(quote):
            return False  # "Tom Kell's brother-in-law spoke at the funeral": the role is who spoke
        if self._reported_just_before(entry, position):
            return False
        return any(
            e.aside and e.until < 0 and e.since == entry.since and e.name != entry.name and self._fits(e, want)
            for e in self._entries[bisect_left(self._entries, Referent(entry.since, "")) : bisect_left(self._entries, Referent(entry.position, ""))]
        )

    def _reported_just_before(self, entry: Referent, position: int) -> bool:
        """``entry`` is the subject of a speech verb ("Tom Vance, Cole's lawyer, said the actor
        …") in the sentence right before the one ``position`` stands in."""
        starts = self._sentence_starts
        following = bisect_right(starts, entry.position)
        if following >= len(starts) or bisect_right(starts, position) - 1 != following:
            return False  # the pronoun's sentence is not the next one
        body = self._registry.body
        run = _NAME_TO_VERB.match(body, entry.position, starts[following])
        return run is not None and SPEECH_VERB.match(body, run.end(), starts[following]) is not None

    def _owner_fits(self, entry: Referent, want: str, position: int) -> bool:
        """``entry`` is a role of no known gender owned by a person who has ``want``'s gender, and
        the pronoun at ``position`` stands in the role's own sentence: "Ana Reyes's lawyer provided
        a statement in which she said …" may be the lawyer's words or Reyes's own, which the lawyer
        passes on. In a sentence after it the role, its subject, still wins ("Tom Kline's lawyer
        filed a motion. “…,” he said")."""
        if entry.aside or entry.gender is not None or position > entry.stop or not re.search(r"[’']s?\s", entry.name):
            return False
        return any(
            e.aside and e.until < 0 and e.since == entry.since and e.name != entry.name and (e.gender or self._registry.gender_of(e.name)) == want
            for e in self._entries[bisect_left(self._entries, Referent(entry.since, "")) : bisect_left(self._entries, Referent(entry.position + 1, ""))]
        )

    def _kin_fits(self, entry: Referent, want: str, position: int) -> bool:
        """``entry``'s gender is unknown, and the kin of the pronoun's gender of someone of the
        other gender is named between it and the pronoun: "Hal Vance died in May, and his wife
        Fran says he suffered. “…,” she says" is Fran's, whom no subject index entry holds (the
        subject of a second clause), and the "his" likely Vance: the reader cannot be sure it is
        ``entry``, say no one. Not for the entry's own kin of the same gender as the owner
        ("Sandy Cole, whose daughter Ana died, …. “…,” she said" is Cole)."""
        if entry.gender is not None or self._registry.gender_of(entry.name) is not None:
            return False
        return bool(self._registry.kin_between(entry.position + 1, position, want) - {entry.name})

    def rival_of_known_gender(self, pronoun: str, position: int, chosen: str) -> bool:
        """Someone before ``position`` other than ``chosen``, a subject or speaker close enough,
        whom the text, a title or a given name gives the pronoun's gender: "Tom Baker runs the
        shop. Ngozi Eze works there. “…,” he said" chose Eze, the latest, of no gender we know,
        over Baker, a man; the choice says nothing sure of Eze's gender."""
        want = PRONOUN_GENDER.get(pronoun)
        for entry in reversed(self._entries[: bisect_left(self._entries, Referent(position, ""))]):
            if position - entry.position > MAX_DISTANCE:
                break
            if entry.name == chosen or entry.aside or self._registry.is_place(entry.name):
                continue
            if (entry.gender or self._registry.gender_of(entry.name)) == want:
                return True
        return False

    def fits_before(self, pronoun: str, position: int) -> bool:
        """Someone close enough before ``position`` whom ``pronoun`` may mean by gender, resolved
        or not (two who fit alike still count): whether a writer had anyone in mind before."""
        want = PRONOUN_GENDER.get(pronoun)
        for entry in reversed(self._entries[: bisect_left(self._entries, Referent(position, ""))]):
            if position - entry.position > MAX_DISTANCE:
                break
            if want in {"m", "f"} and self._fits(entry, want) and not self._registry.is_place(entry.name):
                return True
        return False

    def _fits(self, entry: Referent, want: str) -> bool:
        """``entry``'s gender, if the text or a given name tells it, is ``want``."""
        gender = entry.gender or self._registry.gender_of(entry.name) or self._described_gender(entry)
        return gender is None or gender == want

    def _described_gender(self, entry: Referent) -> str | None:
        """For a description ("the allergist"), the gender a sentence opening on he or she right
        after it, or after the same description a little earlier, gives it (``_next_sentence_gender``):
        the text goes on calling one person so."""
        if entry.name[:1].isupper():
            return None
        at = bisect_left(self._entries, entry)
        for earlier in reversed(self._entries[max(0, at - _SAME_DESCRIPTION_LOOKBACK) : at + 1]):
            if earlier.name == entry.name:
                gender = self._next_sentence_gender(earlier)
                if gender is not None:
                    return gender
        return None

    def _next_sentence_gender(self, entry: Referent) -> str | None:
        """The gender of the he or she opening the sentence right after ``entry``'s, when that
        sentence names no one else and no other referent stands between: "The allergist had 20
        little tins in front of him. He did a test …" makes the allergist a man, whom a later
        "she" does not mean. Not when the entry's sentence names someone else, whom the he may
        mean ("The nurse checked on Tom Kell. He was asleep")."""
        starts = self._sentence_starts
        i = bisect_right(starts, entry.position)
        if not i or i >= len(starts):
            return None
        own, following = starts[i - 1], starts[i]
        opening = _OPENING_PRONOUN.match(self._registry.body, following)
        if opening is None:
            return None
        if any(e.name != entry.name for e in self._entries[bisect_right(self._entries, entry) : bisect_left(self._entries, Referent(following + 1, ""))]):
            return None
        if self._registry.names_between(own, following) - {entry.name}:
            return None
        if HE_OR_SHE.search(self._registry.body, entry.position, following):
            return None  # "The allergist recommended she start taking it. She took it": the she is another's
        return PRONOUN_GENDER.get(opening.group(1).lower())

    def _epithet_holder(self, epithet: Referent, want: str, position: int) -> str | None:
        """The person named before a definite epithet ("Kelly Holmes won. The 34-year-old spoke
        after the race. “…,” she said"): news writes "the 34-year-old", "the former champion" of
        someone it has named, so the pronoun is that person's when one of its gender came before;
        None when no one did (the epithet stands as written)."""
        if not _EPITHET.fullmatch(epithet.name):
            return None
        for entry in reversed(self._entries[: bisect_left(self._entries, epithet)]):
            if position - entry.position > MAX_DISTANCE:
                break
            if entry.name[:1].isupper() and not entry.aside and self._fits(entry, want):
                return entry.name
        return None

    def _person_over_bare_word(self, entry: Referent, want: str, position: int, exclude: str) -> str | None:
        """The one person of ``want``'s gender the text names after ``entry``, when ``entry`` is a
        lone capitalised word the text never makes a person (no title, given name, gender or
        quote of theirs): "Vexcorp is saving the launch for May. At the show Mr Allard, who runs
        the studio, gave a glimpse. He said …" is Allard's (a firm or a club is no "he"). Only a
        person the text titles, named between the word's sentence and the pronoun's: "Kell met
        Mr Poe. He said" stays Kell's, and so does "Kell spoke. He has been working with Mr Poe
        …" (a sentence opening on "he" after the word already takes it for one)."""
        name = entry.name
        if " " in name or not name[:1].isupper() or entry.gender is not None or self._registry.titled_or_gendered(name):
            return None
        starts = self._sentence_starts
        later = bisect_right(starts, entry.position)
        after = starts[later] if later < len(starts) else position  # from the next sentence on
        own = starts[bisect_right(starts, position) - 1] if starts and starts[0] <= position else position
        if _SUBJECT_PRONOUN[want].search(self._registry.body, entry.position, own):
            return None  # "Lankford questions it. He has been working with Sen. Corker": the word is a he
        gendered = {g for g in self._registry.gendered_between(after, own, want) if self._registry.titled(g)} - {exclude, name}
        return gendered.pop() if len(gendered) == 1 else None

    def _bare_word_after_person(self, entry: Referent, want: str, position: int) -> bool:
        """``entry`` is a lone capitalised word the text never makes a person (no title, honorific,
        given name, gender, quote of theirs, "who" after it, person's noun before it, role set off
        after it, nor a pronoun of ``want``'s gender after it in a sentence: "Dalby said he …"), of a
        sentence before the pronoun's that does not have it report words (unless of "its" things:
        "Vexmoor said its profits fell"), and a person of ``want``'s gender stands before it in its own
        paragraph: "Alan Milburn is taking that role. Tesco will not hold a news conference. “…,” he
        said" may be Milburn's or a firm's spokesman's, never the firm's own; so no one (a wrong
        name is worse than none). A name the text gave in full before ("Ann Roe … Roe will …") is
        no lone word; one opening a paragraph after the person's ("Cruz …. ⏎ Carson defied the
        question. “…,” he said") or the text takes for a person stays."""
        name = entry.name
        registry = self._registry
        if " " in name or not name[:1].isupper() or entry.gender is not None or entry.aside:
            return False
        if registry.titled_or_gendered(name) or registry.who_after(name) or registry.person_noun_before(name):
            return False
        body, starts = registry.body, self._sentence_starts
        after = bisect_right(starts, entry.position)
        own = starts[bisect_right(starts, position) - 1] if starts and starts[0] <= position else position
        if after >= len(starts) or starts[after] > position or _SUBJECT_PRONOUN[want].search(body, entry.position, own):
            # the word in the pronoun's own sentence ("Okafor shrugged and said “…,” he added") is
            # whom it reads as; "Lankford questions it. He has been …": a sentence opening on "he"
            # after it already takes it for one
            return False
        sentence = body[starts[after - 1] if after else 0 : starts[after]]
        said = sentence.find(name)
        verbs = _WORDS.findall(sentence, said + len(name), said + len(name) + 30) if said >= 0 else []
        if any(SPEECH_VERB.fullmatch(w) for w in verbs[:3]) and not _ITS.search(sentence):
            return False  # "Delgado's been saying the budget is a fraud. “…,” he said": his turn goes on
        for at, end in word_spans(body, name, _WORD_THEN_CLAUSE):
            if _THIRD_PERSON[want].search(body, at, end) or self._apposed_person(name, at):
                return False  # "Dalby said he will not …", "Alireza, a refugee, …": a person
        since = body.rfind("\n\n", 0, entry.position)
        at = bisect_left(self._entries, entry)
        for earlier in reversed(self._entries[:at]):
            if earlier.position <= since:
                break
            if earlier.aside or earlier.name == name or registry.is_place(earlier.name):
                continue
            if (earlier.gender or registry.gender_of(earlier.name)) == want:
                return True
        return False

    def _owner_in_own_sentence(self, position: int, want: str, exclude: str) -> str | None:
        """A possessive "her" or "his" before the quote at ``position`` ("after her comment that
        “…”"), the last pronoun of its gender in the quote's sentence, that only
        the person of its gender named earlier in its own sentence can mean, outside any quote:
        "The union will not back Gov. Ann Weller after her comment that “…”" is Weller's, whoever
        the sentences before were about. So is the subject of a clause a subordinating
        conjunction opens, the sentence's only pronoun of its gender: "Critics want to question
        Ann Weller because, in May, she told the panel that “…”" (the main clause's object, where
        its subject is no one of that gender). None when someone else named there may be meant (a
        person of no gender we know), or when no one or two fit."""
        body = self._registry.body
        starts = self._sentence_starts
        start = starts[bisect_right(starts, position) - 1] if starts and starts[0] <= position else 0
        if any(mark in body[start:position].rstrip(" “\"") for mark in "“”\""):
            return None  # a quote before this one: its words may name the person
        pronouns = list(_THIRD_PERSON[want].finditer(body, start, position))
        if not pronouns:
            return None
        subordinate = len(pronouns) == 1 and _SUBORDINATE_BEFORE.search(body, start, pronouns[0].start()) is not None
        if not (_POSSESSIVE_AT.match(body, pronouns[-1].start()) or subordinate and HE_OR_SHE.fullmatch(pronouns[0].group())):
            return None  # the sentence's last "he" or "she" before the quote is no possessive, nor a clause's first subject
        named = pronouns[0].start() if subordinate else position  # the clause's subject: whom the words before it name
        fitting = self._registry.gendered_between(start, named, want) - {exclude}
        if len(fitting) != 1:
            return None
        owner = fitting.pop()
        for name in self._registry.names_between(start, named) - {owner}:
            gender = self._registry.gender_of(name)
            if (
                gender in {None, want}
                and (name in self._registry.persons or " " in name)  # not "Critics" opening the sentence
                and not self._registry.is_place(name)
                and not names_organisation(name.split()[-1])
                and not people_group(name)  # "Senate Democrats want to question …": many, no "he"
            ):
                return None  # "Pat Lee praised Ms. Rita Ortiz after her remark": Lee may be the "her"
        return owner

    def resolve(self, pronoun: str, position: int, quote: str = "", exclude: str = "") -> str | None:
        """See ``_resolve``; a possessive pronoun with no referent found there may still mean the one
        person of its gender its own sentence names (``_owner_in_own_sentence``), and one with no
        subject or speaker in reach the one person of its gender named just before it
        (``lone_antecedent``)."""
        found = self._resolve(pronoun, position, quote, exclude)
        want = PRONOUN_GENDER.get(pronoun)
        if found is None and want in {"m", "f"}:
            found = self._owner_in_own_sentence(position, want, exclude)
            if found is None and not self._anyone_in_reach(position):
                return lone_person_before(self._registry, self._sentence_starts, position, want, exclude, _THIRD_PERSON[want], quote)
        return found

    def _topic_of_report(self, entry: Referent, want: str) -> bool:
        """``entry``'s sentence goes on with what someone of the pronoun's gender reported of it in
        the sentence right before: "He said Mr Pike later leased the land to a firm. Mr Pike then
        sold the lease. “…,” he said" may be the reporter's words as well as Pike's, who spoke
        nowhere: either, so neither."""
        starts = self._sentence_starts
        k = bisect_right(starts, entry.position) - 1
        if k < 1 or entry.since < 0 or entry.since != starts[k] and self._registry.body[starts[k] : entry.since].strip():
            return False
        previous = self._registry.body[starts[k - 1] : starts[k]]
        report = _REPORTER_THEN_CLAUSE.match(previous)
        if report is None or PRONOUN_GENDER.get(report.group(1).lower()) != want:
            return False
        return re.search(rf"(?<![\w’'-]){re.escape(entry.name.split()[-1])}(?![\w’'-])", previous[report.end() : report.end() + 60]) is not None

    def _gendered_since(self, start: int, end: int, want: str) -> set[str]:
        """People introduced in ``[start, end)`` with a role set off after the name ("met its
        director, Steven Roe, a former chemist,") whom the text, a title or a given name gives the
        gender ``want``: a newcomer the text presents, whom a pronoun after may mean (a name merely
        mentioned, "stay in touch with Clinton", is no such one)."""
        registry, body = self._registry, self._registry.body
        found = set()
        for name in registry.names_between(start, end):
            if registry.gender_of(name) != want or registry.is_place(name):
                continue
            at = body.find(name, start, end)
            if at >= 0 and (_ROLE_SET_OFF_AFTER.match(body, at + len(name)) or _ROLE_BEFORE_SET_OFF.search(body, max(start, at - 40), at)):
                found.add(name)
        return found

    def _anyone_in_reach(self, position: int) -> bool:
        """Some subject or speaker close enough before ``position`` for a pronoun to mean. An
        owner whose reach ended with its sentence (``Referent.until``: "Bill Conti's job is not
        for the faint-hearted") is none: ``_resolve`` passes it over as well."""
        before = bisect_left(self._entries, Referent(position, ""))
        for entry in reversed(self._entries[:before]):
            if position - entry.position > MAX_DISTANCE:
                return False
            if not 0 <= entry.until < position:
                return True
        return False

    def _past_a_verb(self, since: int, position: int) -> bool:
        """The last "he" or "she" before ``position`` in the sentence from ``since`` stands after a
        verb of that sentence ("Kell's success reflects how he …"), not in an opening phrase ("In
        what he called …")."""
        text = self._registry.body[since:position]
        pronouns = list(HE_OR_SHE.finditer(text))
        return bool(pronouns) and first_verb(" " + text[: pronouns[-1].start()] + " ") is not None

    def _resolve(self, pronoun: str, position: int, quote: str = "", exclude: str = "") -> str | None:
        """The most recent referent before ``position`` whose known gender fits ``pronoun``.

        When the most recent referent has the other gender and nobody before it fits, a person
        the text gives the pronoun's gender ("Mr. Victor Lane") named since that referent counts,
        if there is exactly one: "Ms. Hannah Cole met Mr. Victor Lane … he said" is Lane,
        although only an object. (Preferring such a person over a referent of unknown gender
        was tried and lost more than it won on news text: famous men are objects everywhere.)

        A person written before a subject (``Referent.aside``: "Ann Weller's father, Tom, …",
        "After Tom Reyes left, …") is meant only when no subject or speaker close enough fits:
        "Tom Reyes wrote the book. Barack Obama's aide, Ann Weller, helped him. “…,” he said" stays
        Reyes's. Nor when the ``quote`` itself speaks of someone of that gender: "Ana Cruz's
        grandfather spoke to reporters. “She was happy,” she said" is about Ana Cruz, said by
        someone else.

        ``exclude`` is a person the pronoun's own clause names as its object ("She asked Richards
        “…”"), whom the pronoun cannot mean: passed over as if never written."""
        want = PRONOUN_GENDER.get(pronoun)
        if want not in {"m", "f"}:
            return None
        latest: Referent | None = None
        aside: Referent | None = None
        hi = bisect_left(self._entries, Referent(position, ""))
        ahead = bisect_left(self._entries, Referent(position + _SENTENCE_AHEAD, ""), hi)
        later = [e for e in self._entries[hi:ahead] if 0 <= e.since < position]  # "In what he called …, Obama"
        if later and self._past_a_verb(max(later[0].since, 0), position):
            # "Kell's success reflects how he has wooed them since he announced “…”, the school
            # founded by Jerry Falwell": the pronoun stands past a verb of its sentence, in no
            # phrase fronted before the subject, so no one named after it is whom it anticipates
            later = []
        for entry in chain(reversed(later), reversed(self._entries[:hi])):
            if position - entry.position > MAX_DISTANCE:
                break
            if entry.name == exclude:
                continue
            if 0 <= entry.until < position or entry.until >= 0 and entry.position > position or self._registry.is_place(entry.name):
                continue  # "In that sense, Sandy Hook wasn't just a tragedy. '…,' he added."
            if entry.gender is None and entry.name[:1].isupper() and people_group(entry.name) and given_name_gender(entry.name) is None and not self._registry.titled(entry.name):
                continue  # "Senate Democrats want to question him": a name for many, never a he or she
            if _CODE_NAME.search(entry.name):
                # "AirAsia QZ8501 made a steep climb, a source told Reuters. “…,” he said": a name
                # with a digit is a flight, a model, a code, never the he or she; the sentence that
                # spoke of it is about no person we could name, nor is anyone before it sure
                return None
            if aside is not None and aside.until >= 0 and entry.position < aside.since:
                # "Ana Reyes spoke. Tom Kline praised Ana Weller's plan, which she called “…”": the
                # owner in the pronoun's own sentence before anyone of the sentences before it
                return aside.name
            if entry.aside:
                if aside is None and self._fits(entry, want) and not _THIRD_PERSON[want].search(quote):
                    aside = entry
                continue
            latest = latest or entry
            owned = _OWN_ROLE.match(entry.name) if entry.gender is None else None
            if owned is not None and POSSESSIVE_GENDER[owned.group(1).lower()] == want:
                # "His doctor gave him a different diagnosis. “…,” he said": the doctor or the
                # man whose doctor it is, whom the "his" already meant; the text does not say
                return None
            if self._fits(entry, want):
                # "Obama and Biden met …. “…,” he said": either of them; "she" after "Mayor Pat
                # Quinn and her husband, Joe," is Quinn
                if self._partner_fits(entry, want) or self._aside_fits(entry, want, quote, position) or self._owner_fits(entry, want, position):
                    return None
                if self._kin_fits(entry, want, position):
                    return None
                if self._topic_of_report(entry, want):
                    return None
                if latest is not entry and self._gendered_since(latest.position + 1, position, want) - {exclude, entry.name}:
                    # "Tom Kell ran the lab. Ana Field met its director, Steven Roe, a hiker. “…,” he
                    # told me": Kell, past the woman the sentence before is about, or Roe, a man
                    # named since her: either
                    return None
                found = self._epithet_holder(entry, want, position) or self._person_over_bare_word(entry, want, position, exclude)
                if found is None and self._bare_word_after_person(entry, want, position):
                    return None
                return found or entry.name
        if aside is not None:
            return aside.name
        if latest is None:
            return None
        gendered = self._registry.gendered_between(latest.position + 1, position, want) - {exclude}
        return gendered.pop() if len(gendered) == 1 else None
