"""The head of a speaker phrase: the name, pronoun or description a phrase such as "Defence
Minister Rustem Umerov, who …" or "a group of protesters outside the court" comes down to; who
the people of a joint phrase are ("Ed Kline and Rosa Diaz") is read above it, in ``joint_phrases``.

One recursive reader: a coordination's parts are heads themselves and a head may be a
coordination. The readers of "and" (``coordinated_heads``: the conjuncts of joint speakers,
titles of one person joined by "and") read each conjunct with the head reader they are handed,
``head_of_segment``, so they live in a module of their own that imports nothing of this one.
What both apply without reading a head lives below, one direction only: where a head ends
(``head_edges``), what kind of head it is (``head_kinds``), job titles and roles
(``title_runs``), the words of a coordination (``conjunct_words``), and the patterns and word
tests of a head and its phrase (``head_patterns``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bare_sources import bare_documents, hedged_count, share_of
from .contact_relatives import writer_after_documents
from .coordinated_heads import coordination
from .given_names import given_name_gender
from .groups import (
    crowd_of,
    group_of,
    people_noun,
    plural_group,
    proper_adjective,
    role_of,
    two_noun_phrases,
)
from .head_edges import (
    ADJECTIVE_WORDS,
    ADVERB_BEFORE_DETERMINER,
    ISSUED_BY,
    ISSUING_PARTICIPLE,
    NAMED,
    OBJECT_END,
    PARTITIVE,
    PARTITIVE_HEADS,
    PARTITIVE_MODIFIED,
    PARTITIVE_PLACED,
    POSTNOMINAL,
    POSTNOMINAL_ADJECTIVE,
    ROLE_THEN_NAME,
    first_cut,
    noun_after_determiner,
    without_adjectival_participles,
)
from .head_kinds import (
    BODY_HEADS,
    CONTRACTED_IS_WORDS,
    NOT_BEFORE_APPOSED_NAME,
    NOUNLESS_MODIFIERS,
    OBJECT_DETERMINERS,
    OWN_WORDS_DOCUMENTS,
    OWNER_PRONOUNS,
    STRIP_POSSESSIVE,
    SUBJECT_PRONOUNS,
    TITLE_OF_PUBLICATION,
    UNNAMED,
    can_speak,
    in_work_title,
    long_body_name,
    name_owner,
    owning_organisation_then_name,
)
from .head_patterns import (
    _COMPLEMENT_OPENER,
    _DAY_AFTER_HEAD,
    _DAY_ENDINGS,
    _NUMBERED_TITLE,
    _OFFICE_PREPOSITION,
    _PLURAL_COPULA,
    _RUN_AT_END,
    _SHARED_ROLE,
    ADVERB_TAIL,
    CONTRACTION,
    DISJUNCTION,
    KNOWN_HEADS,
    LEAD_CONJ,
    _example_of_group,
    _role_of_joined_body,
    kin_or_age,
    long_described_head,
)
from .mention import Mention
from .name_cleaning import (
    NAME_RUN,
    ONLINE_HANDLE,
    PERSON_TITLES,
    POSSESSIVE,
    SHARED_SURNAME_COUPLE,
    TITLE_WORDS,
    bare,
    clean_name,
    is_person_title,
    name_length,
)
from .name_prefixes import with_prefix
from .offices import holder_after_place, holder_of_office, title_of_office, trailing_name
from .organisation_names import (
    DANGLING_PREPOSITIONS,
    DETERMINERS,
    STRIP,
    classified_organisation,
    named_outlet,
    organisation_name,
    organisation_owns,
    organisation_role_name,
    organisation_with_and,
)
from .owned_names import name_after_owner
from .role_complements import role_for_titled_person, titled_noun, with_complement
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SPEECH_VERBS,
    STANCE_VERB_BASES,
    TIDINGS_NOUNS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .subject_words import noun_then_verb, verb_then_object
from .title_runs import (
    office_holder_after_and,
    title_run,
)
from .wordlists import is_common_word, is_place, person_of_place


@lru_cache(maxsize=1024)
def head_of_segment(segment: str) -> Mention | None:
    """The head of one speaker noun phrase ("Chris Low at FTN" -> Chris Low, "the ministry"); none
    for a description that is a clause rather than a noun phrase: one ending in a preposition ("the
    crowd broke into", when the verb "broke" is not known for one) or opening with a speech-verb
    form and its object ("answers the critics", after the quoted slogan that is its subject).

    Cached (a page's worth; a ``Mention`` is frozen): the rules tried on one quote read the same
    phrase again and again, a third of the calls on the dev pages."""
    shared = _SHARED_ROLE.fullmatch(segment.strip(STRIP))
    if shared is not None and shared.group(2) in PERSON_NOUNS:
        text = shared.group()
        return Mention("description", text[0].lower() + text[1:])  # "the former Rangers and Liverpool boss"
    mention = _head_of_segment(segment)
    if mention is not None and mention.kind == "name" and in_work_title(segment, mention.text):
        return None  # "only The Last Hot Time remained in print": a book's title, no "Hot Time"
    if mention is None or mention.kind != "description":
        return mention
    words = mention.text.split()
    if words[-1].lower() in DANGLING_PREPOSITIONS:
        return None
    owned = name_after_owner(mention.text)
    if owned is not None:
        return owned  # "The View’s Whoopi Goldberg" opening a sentence: the show's person
    # (the complement read up to the adverbs and auxiliaries before the verb: "the secretary of state often")
    plain = ADVERB_TAIL.sub("", segment.rstrip()) if _COMPLEMENT_OPENER.search(segment) else segment
    completed = with_complement(mention.text, plain) or titled_noun(mention.text, plain) if _COMPLEMENT_OPENER.search(segment) else None
    if completed is not None:
        return Mention("description", completed)  # "his chief of staff", "a Top of the Pops spokesperson"
    if len(words) <= 4 and STRIP_POSSESSIVE.sub("", words[-1]).lower() in BODY_HEADS:
        return None  # "his eyes", "her whole face": a look, no speaker
    if len(words) > 2 and words[-1] in STANCE_VERB_BASES and words[-2].endswith("s") and (people_noun(words[-2]) or words[-2][:-1].lower() in ORGANISATION_NOUNS):
        # "the unions refuse (to …)", "the activists want (to …)": a plural's bare verb of a view or
        # an intention, which no verb list holds as a present tense, ends the phrase
        return Mention("description", " ".join(words[:-1]))
    if len(words) > 2 and words[0] in SPEECH_VERBS and words[1].lower() in OBJECT_DETERMINERS:
        return None  # "answers the critics": a verb and its object, a clause (the subject was a quote)
    if len(words) > 1 and words[0].lower() in {"from", "of", "about", "than"} and (words[0].lower() != "about" or share_of(mention.text) is None and hedged_count(mention.text) is None):
        return None  # "calls from two people": a prepositional phrase, no one who speaks (not "about half of voters")
    if len(words) == 2 and words[0].lower() in DETERMINERS and words[1].lower() in NOUNLESS_MODIFIERS:
        return None  # "a further (concerned commenter wrote)": the noun was cut off, a modifier left
    if len(words) > 1 and words[-1].lower() in SUBJECT_PRONOUNS and words[-2].lower() not in {"of", "and", "or"}:
        # "the worst thing you (can do is …)", "the first thing we (did)": a relative clause's own
        # subject ends the phrase, which is a clause's object, no one who speaks
        return None
    return mention


def _head_of_segment(segment: str) -> Mention | None:
    label, colon, rest = segment.rpartition(": ")
    if colon and label.strip() and label.upper() == label and len(label.split()) <= 4 and re.search(r"\w", rest):
        # 'THE PRESIDENT: My critics said': the turn's label is no part of the subject (a label in
        # capitals only: "Do as I say, not as I do: McHenry's words …" is a caption run on)
        segment = rest
    seg = " " + LEAD_CONJ.sub("", segment).strip(STRIP) + " "
    seg = ADVERB_BEFORE_DETERMINER.sub(" ", seg, count=1)  # "here the crowd", "there the audience"
    if " of " in seg or " to " in seg or " with " in seg:
        # "one of the aides has (said)", "a person close to the campaign later (said)": the
        # auxiliaries and adverbs before the verb go before the readers of a head and its
        # complement, which take the phrase whole (the plain reading below drops them too)
        # (not after a name: "A close associate of Yukos boss Ann Roe has" is read as before, the
        # associate's, whose name-ending phrase the readers below would give to Ann Roe)
        trimmed = ADVERB_TAIL.sub("", seg.rstrip()).strip(STRIP)
        if trimmed and trimmed.lower() not in DETERMINERS and len(trimmed.split()) > 2 and trimmed.split()[-1].islower():
            seg = " " + trimmed + " "
    if seg.endswith(_DAY_ENDINGS):
        seg = _DAY_AFTER_HEAD.sub(" ", seg, count=1)  # "said Jane Roe Friday", "the ACLU Tuesday night": when
    if ONLINE_HANDLE.fullmatch(seg.strip()):
        return Mention("name", seg.strip())  # "acebush1 wrote, “…”": the poster's handle
    if DISJUNCTION.search(seg):
        return None  # "Neither Park nor Reyes said", "Park or Reyes said": no one of them for sure
    example = _example_of_group(seg)
    if example is not None:
        return example  # "critics such as Ann Marsh", "Republicans like Sen. Tom Kell"
    organisation = organisation_name(seg) or classified_organisation(seg) or organisation_owns(seg) or named_outlet(seg)
    if organisation is not None:
        return organisation  # "the Center for American Progress", not "the Center"; "Interfax news agency"
    if TITLE_OF_PUBLICATION.fullmatch(seg):
        return None  # "Air and Space magazine", "Field and Stream magazine": one title, as "Time magazine" (no "Air")
    if " and " in seg or " & " in seg or " as well as " in seg:
        holder = office_holder_after_and(seg)
        if holder is not None:
            return holder  # "Minister for Trade and Industry Tove Lund": one office, its holder
        joint = coordination(seg, read_head=head_of_segment)
        if joint is not None:
            return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz": both, not Kline
        words = seg.replace(" & ", " and ").split()
        if words.count("and") == 1 and _role_of_joined_body(words[: words.index("and")], words[words.index("and") + 1 :]):
            described = " ".join(seg.split())
            return Mention("description", described[0].lower() + described[1:])  # "a Fish and Wildlife Service spokesman"
    called = NAMED.search(seg) if " as " in seg or " named " in seg else None
    if called is not None:  # "the base chief, known only as Bob", "an academic named Eric Kingson"
        name = clean_name(called.group(1))
        if name:
            return Mention("name", name)
    first_word = seg.split()[:1]
    postnominal = POSTNOMINAL.search(seg) if first_word and first_word[0].lower() in DETERMINERS else None
    if postnominal is None and first_word:
        # "team members dressed for a game", "fans seated behind the bench": a bare plural of
        # people and its participle's phrase; the head ends before the participle
        bare_plural = POSTNOMINAL.search(seg)
        lead = seg[: bare_plural.start()].split() if bare_plural is not None else []
        if bare_plural is not None and 0 < len(lead) <= 3 and plural_group(" ".join(lead)) is not None:
            postnominal = bare_plural
    if postnominal is not None and not ISSUED_BY.match(seg, postnominal.start()):
        seg = seg[: postnominal.start()] + " "  # "one Republican involved in the planning"
    related = group_of(seg)
    if related is not None:
        return related  # "supporters of the mayor", not "supporters"
    role = role_of(seg)
    if role is not None:
        return role  # "the president of the local union", not "the president" (a title another holds)
    adjective = POSTNOMINAL_ADJECTIVE.search(seg) if ADJECTIVE_WORDS.intersection(seg.split()) else None
    noun = seg[: adjective.start()].split()[-1] if adjective is not None else ""
    if adjective is not None and not people_noun(noun):
        adjective = None  # "if he gets close to 1,237": no noun of people before the adjective
    if adjective is not None and noun and (noun.islower() or noun == seg.split()[0] and given_name_gender(noun) is None and is_common_word(noun.lower())):
        obj = seg[adjective.end() :].split()
        # "people familiar with the talks went (further)": a verb ends the adjective's object
        obj = obj[: next((k for k, w in enumerate(obj) if k and w.islower() and LEADING_VERB.match(f" {w} ")), len(obj))]
        obj_end = first_cut(" " + " ".join(obj) + " ") if obj else 0
        if obj and not OBJECT_END.search(" " + " ".join(obj) + " "):
            obj_end = len(" ".join(obj)) + 1  # "close to the head of the agency": "of" is inside the object
        described = " ".join(seg[: adjective.end()].split() + " ".join(obj)[: max(obj_end - 1, 0)].split())
        if obj and 0 < obj_end and len(described.split()) <= 9 and not SPEECH_VERB.search(described):
            lower = described.split()[0].lower() in DETERMINERS or described.split()[0] == noun
            return Mention("description", described[0].lower() + described[1:] if lower else described)
        seg = seg[: adjective.start()] + " "  # "Sources familiar": the noun alone
    hedged = hedged_count(seg) if seg[1:2].isalpha() else None
    if hedged is not None and share_of(seg) is None:
        counted = head_of_segment(hedged[1])
        if counted is not None and counted.kind == "description" and can_speak(counted.text):
            # "At least two delegates", "Nearly 20 lawmakers": the counted people, hedged (the
            # capital of the hedge that opens the sentence read no name)
            text = f"{hedged[0].lower()}{counted.text[0].lower()}{counted.text[1:]}"
            return Mention("description", text)
    crowd = crowd_of(seg)
    if crowd is not None:
        return crowd  # "hundreds of workers", not "hundreds"
    share = share_of(seg) or bare_documents(seg)
    if share is not None:
        # "two-thirds of Democratic insiders", "59 percent", not "Two-thirds" as a name; "FEC
        # records", "Polls in New Hampshire", not "FEC" or "New Hampshire"
        return share
    partitive = PARTITIVE.match(seg)
    if partitive is not None and partitive.group(1).split()[-1].lower() in PARTITIVE_HEADS:
        phrase = partitive.group(0).strip()
        return Mention("description", phrase[0].lower() + phrase[1:])  # "one of those advisers", "one of her ads"
    placed = PARTITIVE_PLACED.match(seg) or PARTITIVE_MODIFIED.match(seg)
    if placed is not None and placed.group(2).split()[-1].lower() in PARTITIVE_HEADS:
        # "one of the managers present", "one of the engineers in the room": the same one, placed
        phrase = placed.group(1).strip()
        return Mention("description", phrase[0].lower() + phrase[1:])
    cut = first_cut(seg)
    if seg.startswith(" and ", cut) and SHARED_SURNAME_COUPLE.fullmatch(seg.strip()):
        return Mention("unnamed", seg.strip())  # "David and Jeanne Heidler": two people, "David" names neither
    participle = ISSUING_PARTICIPLE.search(seg, 0, cut) if seg[cut : cut + 4] == " by " else None
    if participle is not None:
        cut = participle.start()  # "a complaint filed by …": the cut fell on "by", after the participle
    issuer = ISSUED_BY.match(seg, cut)
    head_words = seg[:cut].split()
    if issuer is not None and head_words and head_words[-1].lower() in DOCUMENT_NOUNS:
        by = head_of_segment(seg[issuer.end() :])  # "a statement from the Kremlin": the document and its issuer
        if by is not None and by.kind in {"name", "description"}:
            document = " ".join(head_words)
            if document.split()[0].lower() in DETERMINERS and len(head_words) <= 6:
                text = f"{document}{issuer.group().rstrip()} {by.text}"
                return Mention("description", text[0].lower() + text[1:] if head_words[0] in {"A", "An", "The"} else text)
            return by
    seg = seg[:cut].strip()
    stripped = ADVERB_TAIL.sub("", seg).strip(STRIP)
    if stripped and stripped.lower() not in DETERMINERS:
        seg = stripped  # "the daily" keeps its noun; "the nominee mockingly" loses the adverb
    numbered = _NUMBERED_TITLE.fullmatch(seg) if any(c.isdigit() for c in seg) else None
    if numbered is not None:
        return Mention("name", numbered.group(1))  # "Radio 5 Live", "Il Sole 24 Ore": the whole title, no "Live"
    end_run = _RUN_AT_END.search(seg) if seg and _OFFICE_PREPOSITION.search(seg) else None
    office_holder = holder_after_place(seg[: end_run.start()], end_run.group().split()) if end_run is not None else ""
    if office_holder:
        return Mention("name", office_holder)  # "the U.S. ambassador to the United Nations Nikki Haley"
    if not seg or len(seg.split()) > 8 and (
        len(seg.split()) > 12
        or not (ROLE_THEN_NAME.search(f" {seg} ") or organisation_role_name(seg.split()) or title_of_office(" ".join(seg.split()[:-2])))
    ):
        return None
    if " and " in seg and seg.split()[0].lower() == "the" and organisation_with_and(seg.split()):
        return Mention("description", "the" + seg[3:])  # "the Centers for Disease Control and Prevention"
    low = CONTRACTION.sub("", seg.lower())  # "he's said", "she'd told"
    if low in PRONOUN_GENDER:
        return Mention("pronoun", low)
    low = seg.lower()
    if low in UNNAMED:
        return Mention("unnamed", low)
    group = plural_group(seg)
    if group is not None:
        return group
    if not low.split():
        return None
    first = low.split()[0]
    runs = list(NAME_RUN.finditer(seg))
    if runs and runs[0].start() == 0 and runs[-1].end() >= len(seg) and title_run(seg.split()) and clean_name(seg) not in {"", seg}:
        # "VFI Chief Executive, Padraig Cribben, said": a job title with no name after it describes
        # its holder (who may be named in the apposition that follows); the name cleaner, which
        # strips a leading title word, leaves a garbage name of it ("Executive")
        return Mention("description", seg)
    if runs and runs[-1].end() >= len(seg) and first not in DETERMINERS:
        lead = without_adjectival_participles(seg[: runs[-1].start()].split())
        if not LEADING_VERB.search(" " + " ".join(lead)) and not SPEECH_VERB.search(
            " ".join(lead)
        ):
            writer = writer_after_documents(runs[-1].group().split()) if runs[-1].start() == 0 else None
            if writer is not None and given_name_gender(" ".join(writer)) is None and (len(writer) > 1 or is_common_word(writer[0].lower()) or is_place(writer[0])):
                writer = None  # "Statistics Canada", "Records Weekly": a body's name, no writer in it
            # "Letters Kell wrote to staff show …": the writer of the documents, not "Letters Kell"
            name = clean_name(" ".join(writer) if writer is not None else runs[-1].group())
            if name and len(name.split()) > 2 and title_of_office(seg[: runs[-1].start()]):
                name = holder_of_office(name.split())  # "Chief of Staff Reince Priebus"
            if name and name_length(name.split()) > 4:
                name = trailing_name(name.split())  # "Maricopa County Recorder Helen Purcell"
            if name and name_length(name.split()) <= 4:  # "Senate Minority Whip Dick Durbin" -> Dick Durbin
                if name == runs[-1].group():
                    name = with_prefix(lead, name, seg[runs[-1].start() - 1].isspace())  # "de Vries", "50 Cent"
                return Mention("name", name)
    spoken = SPEECH_VERB.search(seg)
    if spoken is not None and first in {"the", "a", "an", "this", "that"} and noun_after_determiner(seg, spoken):
        spoken = None  # "the warning", "the posting": a noun after its determiner, not a verb
    # (a plural's copula too, which ``LEADING_VERB`` leaves out: "because the talks are private, said")
    verbish = spoken or first_verb(" " + seg) or _PLURAL_COPULA.search(seg)
    if first in DETERMINERS and runs and runs[-1].end() >= len(seg) and not verbish:
        before_run = seg[: runs[-1].start()].split()
        name = clean_name(runs[-1].group())
        last_word = seg.split()[-1]
        if last_word.isupper() and last_word.lower() in ORGANISATION_NOUNS and all(w[:1].islower() or is_common_word(w.lower()) or proper_adjective(w) for w in seg.split()[1:-1]):
            # "the super PAC", "a pro-Kell PAC", "the Democratic super PAC": a body's common noun
            # in capitals after modifiers, no name
            return Mention("description", seg.strip()[0].lower() + seg.strip()[1:])
        run_words = runs[-1].group().split()
        if len(run_words) > 1 and run_words[0].isupper() and run_words[0].lower() in ORGANISATION_NOUNS and clean_name(" ".join(run_words[1:])):
            return Mention("name", clean_name(" ".join(run_words[1:])))  # "the super PAC Priorities First": the body's name
        if before_run[-1:] in (["elder"], ["younger"]) and len(before_run) == 2 and name and " " not in name:
            # "the elder Vance": one of two relatives of that name, whose fullest form may be the
            # other one's; the phrase as written
            return Mention("description", f"the {before_run[-1]} {name}")
        if len(before_run) >= 2 and before_run[-1].islower() and " " not in name and person_of_place(name):
            return Mention("description", seg[0].lower() + seg[1:])  # "the 25-year-old Dubliner": where he is from, no name
        if len(before_run) >= 4 and name and role_for_titled_person(before_run):
            return Mention("description", seg[0].lower() + seg[1:])  # "a spokesman for presidential candidate Ann Roe"
        if len(before_run) >= 2 and before_run[-1].islower() and before_run[-1] not in NOT_BEFORE_APPOSED_NAME and name:
            return Mention("name", name)  # "the journalist Olivia Messer", not "the Bank of England"
        owner_then_name = owning_organisation_then_name(before_run, runs[-1].group(), name)
        if owner_then_name:
            return Mention("name", name)  # "the NRA's Chris Cox", "the Center for American Progress's Ann Roe"
        run_words = runs[-1].group().split()
        if not before_run and name and 2 <= len(name.split()) <= 4 and run_words[-len(name.split()) :] == name.split():
            held = run_words[: -len(name.split())]
            if len(held) >= 2 and is_person_title(held[-1]):
                return Mention("name", name)  # "Another City Councilor Ely Estante": the councilor, named
        titled = bare(runs[-1].group().split()[0]) in PERSON_TITLES | {"rev", "hon"}
        if before_run == [seg.split()[0]] and titled and name and name != runs[-1].group():
            return Mention("name", name)  # "the Rev. Samuel Ade"
    found = name_owner(seg) if not verbish else None
    if found is not None and found[0].group(1).lower() in KNOWN_HEADS | GROUP_NOUNS:
        words = found[1].split()
        while len(words) > 3 and (bare(words[0]) in TITLE_WORDS or is_person_title(words[0])):
            words = words[1:]  # the owner's titles go, as in a name: "Ann Voss’s office"
        return Mention("description", " ".join(words))  # "Sen. Al Boyd's office": a full name owns it
    owner_pronoun = OWNER_PRONOUNS.get(first)
    if owner_pronoun and len(low.split()) == 2 and low.split()[1] in OWN_WORDS_DOCUMENTS and not verbish:
        # "His statement continued: …", "Her post read": the owner's own words, so the speaker is
        # whom the pronoun stands for (not a speaker called "His statement")
        return Mention("pronoun", owner_pronoun)
    # "Zelensky's office", "Norway’s flagship TV news show"
    possessive = first.endswith(POSSESSIVE) and (len(seg.split()) <= 4 or long_described_head(seg.split()))
    if possessive and CONTRACTION.sub("", first) in CONTRACTED_IS_WORDS:
        return None  # "It's unusual", "that's why": a pronoun and a contracted "is", no owner
    if (first in DETERMINERS or possessive) and (2 <= len(seg.split()) <= 6 or long_body_name(seg.split()) or long_described_head(seg.split())) and not verbish:
        if two_noun_phrases(seg.split()):
            return None  # '“…”, a line his critics mock': no one who said it
        if verb_then_object(seg.split()):
            return None  # 'The author quotes him as saying, “…”': a clause, the one quoted its object
        if noun_then_verb(seg.split()):
            return None  # 'The daughter climbs in, but is saying “…”': a clause, not "the daughter climbs"
        if seg.split()[-1] in TIDINGS_NOUNS:
            return None  # 'The news came in a report …, which said': tidings, no one who says them
        return Mention(
            "description", seg[0].lower() + seg[1:] if first in {"the", "a", "an"} else seg
        )
    if first in {"my", "your"} and 2 <= len(seg.split()) <= 4 and not verbish and kin_or_age(seg.split()[-1]):
        # 'says my two-year-old', 'my neighbour said': the writer's (or reader's) own person,
        # described as such; only a person noun or an age after it ("my view" is no one)
        return Mention("description", seg[0].lower() + seg[1:])
    return None
