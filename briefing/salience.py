"""Who "he" or "she" is: the person most recently introduced as someone who could speak.

News prose refers back with a pronoun to the person the text was last *about*: the subject of a
recent sentence or the speaker of a recent quote, not a name that only appeared as an object
("Pate … hosted Bush on his jet. 'This is all me,' he said" is Pate). People introduced by a
role rather than a name count too ("…, adds an economist at a bank. 'Rates will stay high,' she
said" is the economist, not the minister named two paragraphs before).

``SubjectIndex`` registers them as it reads: each sentence's subject (``add_paragraph``; the
other people a sentence names are ``sentence_people``'s) and each quote's speaker (``add``).
Which of them a pronoun means is ``pronoun_resolution``'s; what an entry is, ``referents``'.
"""

from __future__ import annotations

from bisect import insort

from .body_names import body_shaped, press_shaped, written_as_a_title
from .captions import all_capitalised, caption_sentences, short_headline
from .closing_attribution import closing_attribution
from .given_names import given_name_gender
from .joint_phrases import joint_heads, joint_speakers
from .masked_sentences import sentence_starts
from .masking import restore
from .mention import Mention
from .name_cleaning import PARTY_TITLES, clean_name
from .name_shapes import no_ones_name, writers_companion
from .names import NameRegistry
from .organisation_names import organisation_name
from .pronoun_resolution import PronounResolution
from .referents import (
    PLURAL_GROUP,
    POSSESSIVE_GENDER,
    Referent,
    description_gender,
    document_authors,
    one_of_people,
    organisation_or_document,
    people_group,
    person_description,
)
from .salience_cues import (
    _AND_KIN,
    _APPOSED_ROLE,
    _ASKED_DESCRIBED,
    _ASKED_TITLED,
    _BARE_CLOSING,
    _BODY_NOUN_BEFORE,
    _BODY_NOUNS,
    _BRAND_WORD,
    _COPULA_NAME,
    _DESCRIPTION_BEFORE_PRONOUN,
    _DOCUMENT_OBJECT,
    _FOUNDED,
    _INDEFINITE_BEFORE,
    _LOWER_WORD_NEXT,
    _ONE_OF_MANY,
    _OPENING_MARKS,
    _OPINION_FRAME,
    _OUTLETS,
    _PEOPLE_GENDER,
    _PERSONAL_PRONOUN,
    _PLURAL_ACRONYM,
    _PLURAL_VERB_AFTER,
    _PUT_TO,
    _QA_LABEL,
    _ROLE_AFTER_CLAUSE,
    _ROLE_BEFORE_NAME,
    _SECOND_CLAUSE,
    _SECOND_DESCRIBED,
    _WHICH_AFTER,
    _WRITERS_EXCHANGE,
    PLAIN_VERB_AFTER,
    _asker,
    _verb_or_aside_after,
    _website,
    _words_before_firms,
)
from .sentence_people import (
    ASKED_PERSON,
    FRONTED_AGED,
    FRONTED_APPOSED,
    SentencePeople,
    unknown_given_name,
)
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speech_lexicon import (
    CLAUSE_OPENERS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    JUDGING_VERBS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SPEECH_VERBS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .surname_subjects import surname_subject
from .title_resolution import AMBIGUOUS
from .word_search import word_spans
from .wordlists import is_city, is_common_word, is_country, is_demonym, is_place


class SubjectIndex(SentencePeople, PronounResolution):
    """Sentence subjects and quote speakers of an article, by position, for pronoun resolution."""

    def __init__(self, registry: NameRegistry) -> None:
        self._registry = registry
        self._entries: list[Referent] = []
        self._paragraphs: set[int] = set()
        #: organisations and documents that were sentence subjects, for "it"
        self._things: list[Referent] = []
        #: groups of people that were sentence subjects or speakers, for "they"
        self._groups: list[Referent] = []
        #: the people of each joint subject (``Referent.joint``), as written, with the gender a
        #: role noun gives them ("her husband"): a member the index kept no entry for ("Sanders"
        #: opening a sentence) still makes a pronoun ambiguous
        self._joints: dict[int, list[tuple[str, str | None]]] = {}
        #: the role nouns of a joint subject's member that a name is apposed to ("and her son,
        #: Tom,"), and that name: one person, not two
        self._kin_names: dict[int, tuple[set[str], str]] = {}
        self._firm_firsts: frozenset[str] | None = None
        #: one-word names the text sets a body's noun off after (``_apposed_body``), read once each
        self._apposed_bodies: dict[str, bool] = {}
        #: names the text writes after "the" as newspapers' (``_newspaper_title``)
        self._titles: dict[str, bool] = {}
        #: names the text tells are a body's ("Britain First was founded in 2011"), for "it"
        self._bodies: set[str] = set()
        #: where each sentence read starts: two bodies subjects of one sentence leave an "it" to neither
        self._sentence_starts: list[int] = []
        #: names the text gives a plural verb ("Sale host Bath", "Leeds have"): a team, a party or a
        #: firm, which a later clause's subject of the same name ("when Sale lost") is again
        self._plural_names: set[str] = set()

    def add_paragraph(self, index: int, masked: str, offset: int, *, headline: bool = False, captioned: bool = False) -> None:
        """Register the subject of each sentence of one (masked) paragraph, once. In a ``headline``
        (title case, where a capital says nothing) a subject name keeps only the opening words the
        body also writes: "… Presidential Candidate Ever, But …" gives no "Ever" for a "he". A
        paragraph of one sentence ``captioned`` by a credit paragraph after it is a caption, and
        gives no one."""
        if index in self._paragraphs:
            return
        self._paragraphs.add(index)
        label = _QA_LABEL.match(masked)
        if label is not None:  # "Q. Will the budget pass?": a turn's letter, no "Q. Will" for a "he"
            masked = " " * label.end() + masked[label.end() :]
        cuts = [0, *sentence_starts(masked)]
        captions = set(cuts) if captioned and len(cuts) == 1 else caption_sentences(masked, cuts)
        for start, end in zip(cuts, [*cuts[1:], len(masked)], strict=True):
            insort(self._sentence_starts, offset + start)
            if start in captions:
                continue
            closing, _ = closing_attribution(masked[start:end])
            if closing is not None and closing.is_he_or_she and not _OPENING_MARKS.intersection(masked[start:end]):
                self._renew(closing.text, offset + start, offset + end - 1, leading_np(masked[start:end]))
                continue
            subject = leading_np(masked[start:end])
            fronted = _DESCRIPTION_BEFORE_PRONOUN.match(masked, start, end) if subject is not None and subject.kind == "description" else None
            if fronted is not None:
                # "An immigrant from Chad who became a citizen, she plans …": the pronoun is the
                # subject, the description before it its apposition (no new person for a "she")
                subject = Mention("pronoun", fronted.group(1))
            if subject is None and not headline:
                subject = surname_subject(masked[start:end], self._registry, offset + start)  # "Deacon had …"
            if subject is not None and subject.kind == "unnamed":
                # "My mother and I …"; "Tom Reyes and Dan Pike and I …"
                written = masked.find(subject.text, start, end)
                subject = writers_companion(subject, masked[start:written] if written > start else "") or subject
            aged = FRONTED_AGED.match(masked, start, end)  # "While Zawadi, 36, waits …, Neema Kaduma …"
            clause = FRONTED_APPOSED.match(masked, start, end) or aged
            if clause is not None and (subject is not None and subject.text == clause.group(2) or subject is None and clause is aged):
                # "When her son, Tom, was arrested, Ann Weller hired a lawyer": the name set off in
                # the opening clause is its subject, the main clause's subject is the sentence's
                subject = leading_np(masked[clause.end() : end])
            conjuncts = joint_heads(subject) if subject is not None else []
            if conjuncts and subject is not None:
                # "Mayor Pat Quinn and her husband met …": a "they" means both (standing at the
                # sentence's end, after each of them), a "she" or "he" one of them, the first as
                # the sentence's subject and the others after it
                insort(self._groups, Referent(offset + end - 1, restore(subject.text)))
                subject = conjuncts[0]
            joint = offset + start if conjuncts else -1
            named_conjuncts = {c.text for c in conjuncts if c.kind == "name"}
            owners = {c.text.split()[0].lower() for c in conjuncts[1:] if c.kind == "description"} & {"his", "her"}
            # "Lee Ames and her son run …": the first is a woman
            owner_gender = POSSESSIVE_GENDER[owners.pop()] if len(owners) == 1 else None
            if headline and subject is not None and subject.kind == "name":
                strict = all_capitalised(masked) or short_headline(masked)
                subject = self._known_in_body(subject, offset, offset + len(masked), strict)
            if subject is not None and subject.kind == "name" and self._capital_before_noun(masked[start:end], subject.text, offset + start):
                subject = None  # "Good information can still drive out bad": no one
            if not headline and subject is not None and subject.kind == "name" and self._founded(masked, subject.text, start, end) and not self._person(restore(subject.text), offset + start):
                # "Britain First was founded in 2011 by Paul Golding": a body, an "it" from here on,
                # never a "he" or "she" (and its founder is who the sentence brings in)
                self._bodies.add(restore(subject.text))
            if not headline and subject is not None and subject.kind == "name" and self._body_noun_before(masked, subject.text, start, end) and not self._person(restore(subject.text), offset + start):
                # "The liberal gossip site Gawker set a trap for Donald Trump": the noun before the
                # name says what it is, a body, an "it" from here on, never a "he" or "she"
                self._bodies.add(restore(subject.text))
            predicate = _COPULA_NAME.match(masked[start:end]) if not headline else None
            named = clean_name(restore(predicate.group("name"))) if predicate is not None else ""
            named_gender = None
            if named and not self._person(named, offset + start):
                # a name the text gives no gender yet is a person of the gender of the people it is
                # the predicate of: "one of the women to flee was 25-year-old Nesma Haddad" is a she
                genders = {_PEOPLE_GENDER.get(w) for w in predicate.group("subject").lower().split()} - {None} if predicate is not None else set()
                named_gender = genders.pop() if len(genders) == 1 else None
                named = named if named_gender and unknown_given_name(named) and self._registry.is_proper_name(named, offset + start) else ""
            if named and subject is not None and person_description(subject):
                # "Its director is Maria Soto, who oversees …": the role is the person the
                # sentence names, no one else for a "he" to mean
                self.add(offset + end - 1, Mention("name", named), None, gender=named_gender)
            elif predicate is not None and subject is not None and one_of_people(subject.text):
                pass  # "One of the residents was Dov Brinn": a name tells who, or no one does
            elif subject is not None:
                # ordered where the subject stands: "When Maddow called it “…,” Clinton seized on it"
                # is about Clinton, introduced after the quote Maddow spoke; a sentence opening with
                # a quote has its speaker there already
                at = masked.find(subject.text, start, end) if subject.kind == "name" and masked[start] not in _OPENING_MARKS else -1
                apposed = _ROLE_BEFORE_NAME.fullmatch(masked, start, at) if at > start and joint < 0 else None
                if apposed is not None and apposed.group(1).split()[0].lower() in CLAUSE_OPENERS and masked[at + len(subject.text) : at + len(subject.text) + 1] != ",":
                    # "Like her father, Ann Weller became a nurse": no role of hers (but "After her
                    # husband, Tom, died, …" sets off his name, which the role is)
                    apposed = None
                if apposed is None and at > start and joint < 0:
                    # "When Tom Reyes lost, his wife, Ann, stayed at his side": the role after an
                    # opening clause
                    apposed = _ROLE_AFTER_CLAUSE.search(masked, start, at)
                gender = description_gender(apposed.group(1)) if apposed is not None else owner_gender
                kin = _AND_KIN.match(masked, at + len(subject.text), end) if at >= start and joint < 0 else None
                if kin is not None and kin.group(2) in PERSON_NOUNS:
                    # "Lee Ames, 54, and her son run the clinic": she, and a second person
                    joint, gender = offset + start, POSSESSIVE_GENDER[kin.group(1)]
                    self._joints[joint] = [(restore(subject.text), gender), (kin.group(2), description_gender(kin.group(2)))]
                plural = subject.kind == "name" and at >= start and joint < 0 and self._plural_name(masked, subject.text, at, end)
                if plural:
                    # "Leeds have rejected the request", "Labour are ahead": a team, a party or a
                    # firm spoken of in the plural, never a "he" or "she" (a "they" may mean it)
                    insort(self._groups, Referent(offset + max(at, start), restore(subject.text)))
                    self._plural_names.add(restore(subject.text))
                elif subject.kind == "description" and self._plural_description(masked, subject.text, start, end):
                    # "Police have made 378 arrests, the council said. It also promised “…”": a
                    # body spoken of in the plural is a "they", never the "it" after it
                    insort(self._groups, Referent(offset + start, restore(subject.text), since=offset + start))
                elif not (at >= start and _WHICH_AFTER.match(masked, at + len(subject.text), end)):
                    # "His mother, Rosa, waited outside": the role tells the name's gender; "Blue Harbor,
                    # which he founded, employs 40" is a thing's name, no one a "he" may mean
                    if subject.kind == "name" and at >= start and not headline:
                        self._add_unpersoned(masked, subject.text, at, end, offset)
                    self.add(offset + max(at, start), subject, None, since=offset + start, joint=joint, gender=gender, stop=offset + end)
                if not headline and joint < 0 and (subject.kind == "name" or person_description(subject)):
                    self._add_before_subject(masked, start, end, offset)
                elif not headline and subject.is_he_or_she:
                    # "When Tom Kline announced his bid, he said …": the he is the clause's subject
                    # more likely than anyone before the sentence
                    self._add_before_subject(masked, start, end, offset, aside=False)
            if not headline and subject is not None and (subject.kind == "name" or person_description(subject)) and joint < 0:
                found = masked.find(subject.text, start, end)
                self._add_owners_inside(masked, found + len(subject.text) if found >= 0 else -1, start, end, offset)
            if not headline and subject is not None and subject.kind == "name":
                self._add_second_subject(masked, start, end, offset, joint)
            if not headline:
                for member in conjuncts:
                    # "Tom Kell, Joe Ames and Ann Lind signed …": each named one may be a "he" or
                    # "she", where the name stands; which one only gender can tell
                    at = masked.find(member.text, start, end) if member.kind == "name" else -1
                    role = masked[max(start, at - 30) : at].replace(",", " ").split()[-1:] if at > start else []
                    gender = GENDERED_ROLES.get(role[0].lower()) if role else None  # "and husband Bill"
                    if member.kind == "name" and member is not conjuncts[0]:
                        self.add(offset + max(at, start), member, None, since=offset + start, joint=joint, gender=gender)
                    elif member.kind == "description" and member is not conjuncts[0] and organisation_or_document(member, restore(member.text)):
                        # "The Health Ministry and the Finance Ministry rejected it": an "it" after
                        # means either body, so neither (``resolve_it``)
                        insort(self._things, Referent(offset + end - 1, restore(member.text), joint=joint))
                    if member.kind == "name" or person_description(member):
                        gender = gender or description_gender(member.text) if member.kind == "description" else gender
                        self._joints.setdefault(joint, []).append((restore(member.text), gender))
            if not headline and (subject is not None and subject.kind == "pronoun" and subject.text in {"i", "we"} or _WRITERS_EXCHANGE.match(masked, start, end)):
                # "My first question to Tom Reyes, …: “…?”": the writer's exchange with the one
                # person the sentence names, whom the "he" after it means
                self._add_writer_object(masked, start, end, offset)
            if not headline and subject is not None and subject.kind == "pronoun" and subject.text == "they":
                # "They came to Canada in 2016, where Tom Kell found work": of the people a "they"
                # means, the one a clause names is who the next "he" is about, when the reader has
                # met them ("They lost when Ross County beat them" names a rival, no one of them)
                self._add_clause_subject(masked, start, end, offset, met_only=True)
            if not headline and subject is not None and subject.kind == "description" and people_group(subject.text):
                self._add_leader(masked, start, end, offset)
            common = subject is not None and subject.kind == "name" and self._registry.sentence_initial_word(restore(subject.text))
            thing = subject is not None and subject.kind == "pronoun" and subject.text in {"it", "that", "this"}  # "That's the case in …"
            thing = thing or subject is not None and subject.kind == "name" and restore(subject.text) in self._bodies
            no_person = subject is None or common or thing or subject.kind == "unnamed" or subject.kind == "description" and not person_description(subject)
            if not headline and no_person:
                # no person: "Regular walks also paid off for …" ("Regular" is no one either)
                self._add_inside_subject(masked, start, end, offset)
                self._add_clause_subject(masked, start, end, offset)
                self._add_passive_agent(masked, start, end, offset)
                self._add_closing_person(masked, start, end, offset)
                # not "Kell’s answer is simple" after the sentence (see _add_owner)
                self._add_owner(masked, start, offset, until=-1 if subject is not None else offset + end)
                if named:
                    # "Its first guest was Gov. Dana Cole. “…,” she said": the sentence introduces
                    # the person it names as its predicate
                    self.add(offset + end - 1, Mention("name", named), None, gender=named_gender)
            if not headline and (no_person or subject is not None and self._body_subject(subject)):
                # a sentence about no person ("Concern grew when every Democrat on the panel signed
                # a letter", "Congress erupted when …"): a group its clause names is a "they"
                self._add_clause_group(masked, start, end, offset)
            if not headline and (no_person or subject is not None and (self._body_subject(subject) or subject.kind == "name" and self._organisation(restore(subject.text), offset + start))):
                # "The Plain Dealer reported it, citing a former employee": the one person cited
                self._add_cited_source(masked, start, end, offset)
            frame = _OPINION_FRAME.match(masked, start, end)
            holder = head_of_segment(frame.group(1) or frame.group(2)) if frame is not None else None
            many = _ONE_OF_MANY.fullmatch(holder.text) if holder is not None and holder.kind == "description" else None
            if many is not None and clean_name(many.group(1)):
                # "For Rima Haddad and thousands of other refugees, …": the one person named
                holder = Mention("name", clean_name(many.group(1)))
            if holder is not None and holder.kind == "name":
                # the sentence gives the holder's view, whoever its subject: "For Jonathan Chait,
                # Williamson is exposing …. “…,” he mocks" is Chait
                self.add(offset + end - 1, holder, None, since=offset + start)
            if closing is not None and closing.kind in {"name", "description"} and not _website(masked, start, end, closing.text) and closing.text not in named_conjuncts:
                # "Clarkston has a long history of welcoming refugees, Mayor Ted Terry noted." (not
                # "…, according to Factcheck.org": a website, no "he" for the sentence after; nor
                # "Ann Weller, 34, and Tom Reyes spoke": the joint subject's last, registered as such)
                self.add(offset + end - 1, closing, None)
            if closing is None or closing.kind != "name" and not person_description(closing):
                self._add_source(masked, start, end, offset)
            if not headline and subject is not None and (subject.kind == "name" and self._person(restore(subject.text), offset + start) or subject.is_he_or_she):
                self._add_document_object(masked, start, end, offset)
            bare = _BARE_CLOSING.search(masked, start, end) if closing is None else None
            believer = clean_name(restore(bare.group(1) or bare.group(2))) if bare is not None else ""
            if believer and self._person(believer, offset + start):
                # "…, he is also the most able candidate Viguerie argues.": a closing cue whose
                # comma the writer left out
                self.add(offset + end - 1, Mention("name", believer), None)
            asked = ASKED_PERSON.search(masked, start, end)
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "Conroy asked Sanders whether …. “Sure it is,” he said": the answer is the asked
                # person's, who the text is about by the end of the sentence (a person the text
                # titles, quotes or gives a gender: not "asked Fox News whether")
                name = clean_name(restore(asked.group(1)))
                if self._person(name, offset + start):
                    self.add(offset + end - 1, Mention("name", name), None)
            put = _PUT_TO.search(masked, start, end) if asked is None else None
            if put is not None and self._person(clean_name(restore(put.group(1))), offset + start):
                self.add(offset + end - 1, Mention("name", clean_name(restore(put.group(1)))), None)
            asked_a_name = asked is not None  # (``asked`` is reused for the titled person below)
            asked = _ASKED_TITLED.search(masked, start, end) if asked is None else None
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "a reporter asked the governor about it. “…,” she said": the person introduced
                # with that title answers
                titled = self._registry.resolve_title(asked.group(1), offset + start)
                if titled is not None and titled != AMBIGUOUS:
                    self.add(offset + end - 1, Mention("name", titled), None)
            described = _ASKED_DESCRIBED.search(masked, start, end) if not asked_a_name and asked is None and masked.find("asked", start, end) >= 0 else None
            if described is not None and subject is not None and (subject.kind == "pronoun" and subject.text in {"i", "we"} or _asker(masked, start, described.start(), subject)):
                # "The reporter asked a young nurse how she was. “…,” she said", "I asked a friend
                # of mine, a woman in her 20s, how she felt": the one asked answers, not the asker
                one = head_of_segment(described.group(1))
                if one is not None and one.kind == "description" and person_description(one):
                    self.add(offset + end - 1, one, None)
            if not headline and subject is not None and subject.kind == "description" and people_group(subject.text):
                self._add_rival_groups(masked, start, end, offset, restore(subject.text))
            if not headline and "," in masked[start:end]:
                self._add_described_second(masked, start, end, offset)
            for second in _SECOND_CLAUSE.finditer(masked, start, end):
                # "Florida is a swing state, and Clinton aimed her speech at …": who the text is
                # about by the end of the sentence
                other = leading_np(masked[second.end() : end], appositive=False)
                at = masked.find(other.text, second.end(), end) if other is not None else -1
                if other is not None and at >= 0 and _WHICH_AFTER.match(masked, at + len(other.text), end):
                    continue  # "…, and Launch Code, which helps developers": a thing the list ends on
                if other is not None and other.kind == "name" and at >= 0 and self._plural_name(masked, other.text, at, end):
                    self._plural_names.add(restore(other.text))
                    continue  # "…, but Tories are worried": a party spoken of in the plural, no "he"
                if other is not None and other.kind == "name" and at >= 0 and not _verb_or_aside_after(masked[at + len(other.text) : end]):
                    continue  # "He likes biking, he said, and Packers football.": a name as a modifier, no clause
                if other is not None and other.kind == "name":
                    # ", and Rep. Joe Ames, a Democrat, drafted" may close a joint subject
                    self._add_unpersoned(masked, other.text, at, end, offset)
                    self.add(offset + second.end(), other, None, joint=joint if other.text in named_conjuncts else -1)

    def _add_described_second(self, masked: str, start: int, end: int, offset: int) -> None:
        """A person described as the subject of a coordinated clause that reports or judges
        ("He did not respond to a request for comment, but a lawyer for the caucus criticized the
        ruling in a statement. “…,” he said"): who the sentence ends on speaking, so the "he" after
        it is the lawyer, not the man who did not respond. Not when the verb has a person as its
        object ("and a reporter asked him"): the one asked answers."""
        for second in _SECOND_DESCRIBED.finditer(masked, start, end):
            other = leading_np(masked[second.end() : end], appositive=False)
            if other is None or other.kind != "description" or not person_description(other) or people_group(other.text):
                continue
            at = masked.find(other.text, second.end(), end)
            after = [w.strip(".,;:").lower() for w in masked[at + len(other.text) : end].split()[:2]] if at >= 0 else []
            if after and after[0] in SPEECH_VERBS | JUDGING_VERBS and after[1:2] not in (["him"], ["her"], ["them"], ["me"], ["us"], ["nothing"]):
                self.add(offset + at, other, None)

    def _add_document_object(self, masked: str, start: int, end: int, offset: int) -> None:
        """A text a person's sentence brings in as an object ("Castell cited a 2003 memorandum
        issued by the agency. It says “…”"): the next "it" means the text, never the person."""
        cited = _DOCUMENT_OBJECT.search(masked, start, end)
        if cited is not None:
            insort(self._things, Referent(offset + cited.start(1), f"the {cited.group(1).lower()}"))

    def _body_subject(self, subject: Mention) -> bool:
        """``subject`` is an organisation's name ("Congress", "the Health Ministry") or a body the text
        says was founded: no person."""
        text = restore(subject.text)
        return subject.kind == "name" and (text in self._bodies or organisation_or_document(subject, text))

    def _add_unpersoned(self, masked: str, name: str, at: int, end: int, offset: int) -> None:
        """A subject name standing at ``at`` before its verb that ``_unpersoned`` finds no person's:
        a body an "it" may mean (not a byline's "By: LaborReport (Diary)", nor "Gillespie tried to
        keep his distance": a person's pronoun in the name's own clause)."""
        text, rest = restore(name), masked[at + len(name) : end]
        if (
            _verb_or_aside_after(rest)
            and not rest.lstrip().startswith("(")
            and not _PERSONAL_PRONOUN.search(rest)
            and text not in self._bodies
            and self._unpersoned(text, offset + at)
        ):
            insort(self._things, Referent(offset + at, text, inferred=True))

    def _unpersoned(self, name: str, position: int) -> bool:
        """One capitalised word the text never treats as a person's name ("Sina", "Xinhua",
        "Gazprom"): no given name is written before it nor is it one, no title or honorific, no
        "he" or "she" tied to it, no "who" after it nor a person's noun before it ("their son
        Malachi"), no common word, group or place. News names a
        person in full before the surname alone, so such a subject is a firm, an agency or a site,
        which an "it" after may mean ("Sina published a notice. “…,” it said"); a person stays
        whatever else the index keeps for them."""
        registry = self._registry
        if " " in name or not name[:1].isupper() or is_common_word(name) or name.lower() in GROUP_NOUNS or PLURAL_GROUP.fullmatch(name):
            return False
        if registry.fullest(name, position) != name or registry.is_place(name) or not registry.is_proper_name(name, position):
            return False
        return (
            not registry.titled(name)
            and registry.gender_of(name) is None
            and not registry.who_after(name)
            and not registry.person_noun_before(name)
        )

    def _one_of_a_people(self, position: int) -> bool:
        """The word at ``position`` follows "a" or "an" and a few lower-case words: "A churchgoing
        Syrian", "an elderly Afghan" (a demonym standing for one person of that people)."""
        return _INDEFINITE_BEFORE.search(self._registry.body[max(0, position - 60) : position]) is not None

    @staticmethod
    def _body_noun_before(masked: str, name: str, start: int, end: int) -> bool:
        """An organisation's noun with its determiner stands right before ``name``, the sentence's
        subject: "the gossip site Gawker", "The French carmaker Renault", "a Toronto-based firm
        Nexa" (not "The campaign Smith ran …": a person's)."""
        at = masked.find(name, start, end)
        before = _BODY_NOUN_BEFORE.search(masked, start, at) if at > start else None
        return before is not None and before.group(1) in _BODY_NOUNS

    @staticmethod
    def _founded(masked: str, name: str, start: int, end: int) -> bool:
        """The sentence says ``name``, its subject, was founded, set up or formed: a body's name."""
        at = masked.find(name, start, end)
        return at >= 0 and _FOUNDED.match(masked, at + len(name), end) is not None

    def _firm_first_words(self) -> frozenset[str]:
        """Words the body writes right before a firm's word ("Arcade Publishing", "Acme Holdings"),
        read once per text."""
        if self._firm_firsts is None:
            self._firm_firsts = frozenset(_words_before_firms(self._registry.body))
        return self._firm_firsts

    def _organisation(self, name: str, position: int) -> bool:
        """``name`` ends on an organisation's word ("Entertainment Weekly", "the Defence Ministry",
        "NATO") and no title, honorific or given name makes it a person's (a label before a quote makes
        it no person: "Entertainment Weekly: “…”"). A surname that is such a word is read in the
        fullest form the text gave it before: "Church said" after "Gordon Church" is a man."""
        if name in PARTY_TITLES:
            return True  # "Labour will not hold a news conference. “…,” he said": the party, no "he"
        words = name.split()
        body = body_shaped(name)  # "Hollywood Reporter", "Sky News", "Cleveland Plain Dealer", "Motor Co."
        body = body or press_shaped(name) and self._newspaper_title(name)  # "the Harlow Ledger reported" (not Heath Ledger)
        if len(words) == 1 and not body:
            # "Arcade announced" after "released by Arcade Publishing": the text writes the one
            # word as the first of a company's name, so it is the company, no "he" or "she"; so
            # is a word the text sets a body's noun off after ("Kellco, the carmaker,")
            body = name in self._firm_first_words() or self._apposed_body(name)
        if not body:
            return False
        full = self._registry.fullest(name, position) if len(words) == 1 else name
        # the gender a pronoun resolved to it gave it proves nothing ("Hollywood Reporter: “…” … he …");
        # "who" after it does ("Chase Church, who heads a project …, said"); a given name opening
        # it does, unless the text writes the name after "the" as a newspaper's ("the Dalton Star-Ledger")
        given = given_name_gender(full) is not None and not self._newspaper_title(full)
        # a person's role set off after it does too ("Ivo Radio, a chemist at the institute, says")
        return not self._registry.titled(full) and not given and not self._registry.who_after(full) and not self._apposed_person(name, position)

    def _apposed_body(self, name: str) -> bool:
        """The body writes ``name`` with an organisation's noun set off after it ("Kellco, the
        carmaker, posted a loss", "Vexmoor, a Leeds firm,"): a company, a club or a charity, which
        a later "he" or "she" never means (a spokesman's words, or its chief's, are theirs)."""
        if name not in self._apposed_bodies:
            body = self._registry.body
            found = False
            for _, end in word_spans(body, name) if f"{name}, " in body else ():
                apposed = _APPOSED_ROLE.match(body, end)
                if apposed is not None and apposed.group(1) is not None:
                    role = apposed.group(1)
                    found = organisation_or_document(Mention("description", role), role) and not person_description(Mention("description", role))
                    if found:
                        break
            self._apposed_bodies[name] = found
        return self._apposed_bodies[name]

    def _apposed_person(self, name: str, position: int) -> bool:
        """``name``, written at ``position``, is set off by a person's role or an age: "Trump, the
        2016 Republican nominee, told reporters", "Stone, 54, said": a person's name, though a
        word of the language that the text capitalises only opening a sentence."""
        body = self._registry.body
        if not body.startswith(name, position):
            return False
        apposed = _APPOSED_ROLE.match(body, position + len(name))
        return apposed is not None and (apposed.group(2) is not None or person_description(Mention("description", apposed.group(1))))

    def _newspaper_title(self, name: str) -> bool:
        """The text writes ``name`` after "the", as a newspaper's (``written_as_a_title``), read
        once per name."""
        titled = self._titles.get(name)
        if titled is None:
            titled = self._titles[name] = written_as_a_title(name, self._registry.body)
        return titled

    def _plural_name(self, masked: str, name: str, at: int, end: int) -> bool:
        """The name standing at ``at`` takes a plural verb ("Leeds have", "Tories are") and the
        text and its given name tell no gender: a team, a party or a firm, no one person."""
        opens = not masked[:at].strip() or masked[:at].rstrip()[-1] in ".!?”\""
        return (
            (_PLURAL_VERB_AFTER.match(masked, at + len(name), end) is not None or opens and PLAIN_VERB_AFTER.match(masked, at + len(name), end) is not None)
            and self._registry.gender_of(restore(name)) is None
            and given_name_gender(name.split()[0]) is None
        )

    @staticmethod
    def _plural_description(masked: str, text: str, start: int, end: int) -> bool:
        """A description of a body opening the sentence with a plural verb after it ("Police
        have", "The committee are"): no thing an "it" means."""
        at = masked.lower().find(text.lower(), start, end)
        return at >= 0 and organisation_or_document(Mention("description", text), restore(text)) and _PLURAL_VERB_AFTER.match(masked, at + len(text), end) is not None

    def _capital_before_noun(self, sentence: str, name: str, position: int) -> bool:
        """A one-word "name" opening the sentence before a lower-case word that is no verb
        ("Good information can …", "Fresh polling shows …"), which the text never writes
        mid-sentence nor in a longer form: a capitalised adjective, not a person. A name before
        its verb or adverb ("Cruz openly admitted", "Carson defied") stays."""
        opening = sentence.lstrip()
        if " " in name or not opening.startswith(name):
            return False
        after = _LOWER_WORD_NEXT.match(opening, len(name))
        if after is None:
            return False
        word = after.group(1)
        verb = word.endswith(("ed", "s", "ly")) or word == "cannot" or LEADING_VERB.match(" " + word) or SPEECH_VERB.fullmatch(word)
        registry = self._registry
        return not verb and not registry.is_proper_name(name, position, strict=True) and not registry.mid_sentence_name(name, position)

    def _renew(self, pronoun: str, start: int, end: int, subject: Mention | None) -> None:
        """A sentence of reported speech closed by a pronoun's cue ("Clinton will lose Ohio, he
        said.") is about the pronoun's person, not its content's subject: that person stands
        again at the sentence's end, and the subject ("Clinton") is no referent. Not a sentence
        holding a quote ("Rhimes declared: “…,” she said" is Rhimes's own).

        When no one before the sentence fits the pronoun, the person it means is the sentence's own
        ``subject``, reporting on themself: "Leandra English, who is fighting the White House in
        court, will spend Tuesday in the office, she said in a statement." opening the story."""
        name = self.resolve(pronoun, start)
        if name is None and subject is not None and not self.fits_before(pronoun, start):
            name = self._own_subject(pronoun, subject, start)
        if name is not None:
            insort(self._entries, Referent(end, name, description_gender(name), start))

    def _own_subject(self, pronoun: str, subject: Mention, start: int) -> str | None:
        """``subject``, a person's name the text knows or a description of one, as the referent of
        ``pronoun`` in its own sentence, when the gender it is known by fits (none known fits)."""
        want = PRONOUN_GENDER.get(pronoun)
        if subject.kind == "name":
            text = restore(subject.text)
            if not self._registry.is_proper_name(text, start) or organisation_name(text) is not None or self._organisation(text, start):
                return None
            text = self._registry.fullest(text, start)
            gender = self._registry.gender_of(text)
        elif person_description(subject):
            text = restore(subject.text)
            gender = description_gender(text)
        else:
            return None
        return text if gender in {None, want} else None

    def _known_in_body(self, name: Mention, start: int, end: int, strict: bool) -> Mention | None:
        """A headline's subject name as far as the body vouches for it. One common word the body
        never writes as a name is none ("… Candidate Ever"); when ``strict`` (every long word of
        the headline capitalised, so no capital there means anything), only the opening words the
        body writes outside ``[start, end)`` stay ("Lindqvist" of "Lindqvist Signs Fee Increase",
        nothing of "Harbor Plan Called Best Deal Ever"). A lead that merely holds many names
        ("Aaron Feld of the Institute for … flew to Seoul") is not ``strict``, and keeps them."""
        known = self._registry.known_words(start, end)
        if " " not in name.text and name.text not in known and is_common_word(name.text.lower()):
            return None
        if not strict:
            return name
        words = name.text.split()
        k = 0
        while k < len(words) and words[k] in known:
            k += 1
        return Mention("name", " ".join(words[:k])) if k else None

    def add(
        self,
        position: int,
        mention: Mention,
        speaker: str | None,
        *,
        since: int | None = None,
        joint: int = -1,
        gender: str | None = None,
        until: int = -1,
        stop: int = -1,
        person: bool = False,
    ) -> None:
        """A person at ``position``: a sentence subject, or a quote's speaker (``speaker`` is its
        resolved name). Pronouns add nothing: they point at an entry already here. A subject
        standing after the start of its sentence (``since``) is already there for a pronoun
        before it in that sentence: "In what he called a “rant,” Obama …" is Obama. A description
        the caller found a ``person``'s ("a person familiar with the talks", whose last noun is no
        person) is one, no group ("a source close to the family" is no "they")."""
        since = position if since is None else since
        text = speaker or restore(mention.text)
        body = mention.kind == "name" and text in self._bodies
        if mention.kind == "name" and (_BRAND_WORD.fullmatch(text) is not None and text not in self._registry.persons or text in _OUTLETS):
            # "Duysak deleted the account, TechCrunch said. “…,” he said": a brand's name is no
            # "he" or "she"; an "it" of a verb of saying may mean it (not "It moved …")
            insort(self._things, Referent(position, text, joint=joint, inferred=True))
            return
        if body or organisation_or_document(mention, text) or speaker is not None and mention.kind == "name" and self._unpersoned(text, position):
            insort(self._things, Referent(position, text, joint=joint))
        if body:
            return  # "Britain First was founded in 2011": a body, no "he" or "she"
        authors = document_authors(text) if mention.kind == "description" else None
        if authors is not None:
            insort(self._groups, Referent(position, authors))  # "A letter from the lawmakers asked": they
        if mention.kind == "description" and not person and (people_group(text) or speaker is not None and joint_speakers(text)):
            # a "they" speaker who is two people or more ("Ann Roe and Bill Tate") is a group again
            insort(self._groups, Referent(position, text, since=since if speaker is None else -1))
        if mention.kind == "name" and organisation_name(text) is not None:
            return  # "Americans for Prosperity ran ads": an organisation, never "he" or "she"
        if mention.kind == "name" and _PLURAL_ACRONYM.fullmatch(text):
            return  # "GCSEs were meant to …", "NGOs say": things or a group, never "he" or "she"
        if mention.kind == "name" and self._organisation(text, position):
            # 'Entertainment Weekly: “The untold story” Fenwick disdained the hard sell. He …': a
            # publication or a body labelled as a quote's speaker or opening a sentence is no "he"
            return
        if mention.kind == "name" and speaker is not None and is_place(text):
            # '“…,” Pyongyang said', '“…,” Ottawa said': a government by its country or its capital,
            # an "it" above, never a later "he" or "she"
            return
        if mention.kind == "name" and is_demonym(text) and self._registry.fullest(text, position) == text and not self._one_of_a_people(position):
            # "Syrian tensions spill over into Lebanon", a quoted '“Syrian”' read as its speaker:
            # a demonym alone is an adjective or a word, no one's name (not "Judith French"); but
            # "A churchgoing Syrian told me" is a person
            return
        if mention.kind == "name":
            if speaker is None:
                if not self._registry.is_proper_name(text, position):
                    return
                if self._registry.sentence_initial_word(text) and not self._apposed_person(text, position):
                    return
                if text.lower() in GROUP_NOUNS:
                    return  # "Republicans run the risk": a group, no "he" or "she"
                if no_ones_name(text):
                    return  # "Am I allergic …?", "Hi Tim, have you found …", "Canada Day came and went"
                if text in self._plural_names:
                    return  # "Sale host Bath …. It is an issue he raised when Sale lost": the club again
                if " " not in text and text.endswith("ing") and self._registry.fullest(text, position) == text and text not in self._registry.persons:
                    # a lone word in -ing that no given name or title makes a person: places and
                    # firms ("Beijing", "Reading", "Boeing") outnumber surnames ("Fleming"), and the
                    # subject of "Cooke's clients include Boeing, prime contractor …" is no "he"
                    return
                text = self._registry.fullest(self._registry.person_before_common_words(text), position)
                if PLURAL_GROUP.fullmatch(text.split()[-1].rsplit("-", 1)[-1]) and text not in self._registry.persons:
                    return  # "Millennials age 18-34 comprise …", "Evangelicals", "Hispanics", "Young Latinos", "Hispanic-Americans"
                if " " not in text and text.endswith("ism") and text not in self._registry.persons:
                    return  # "Mormonism gained a great deal in the election": a creed or a movement, no one
                if self._registry.is_place(text):
                    return  # "Oklahoma passed the bill", "Ohio conservative Lankford …": a place, never "he" or "she"
                if " " not in text and (is_city(text) or is_country(text)) and not self._registry.titled(text):
                    # '“…,” Moscow said in a statement.' made Moscow a speaker, which ``is_place`` takes
                    # for a person: a government by its capital or its country all the same
                    return
            insort(self._entries, Referent(position, text, gender, since=since, joint=joint, until=until))
        elif person or person_description(mention):
            titled = self._registry.resolve_title(text, position) if speaker is None else None
            if titled is not None and titled != AMBIGUOUS:
                # "But the former Mexican president didn't stop there": the one person introduced
                # with that title ("Former Mexican President Felipe Calderon")
                insort(self._entries, Referent(position, titled, description_gender(text), since, joint))
                return
            insort(self._entries, Referent(position, text, description_gender(text), since, joint, stop=stop))
